-- One time model: every instant is a timestamp with time zone (PostgreSQL timestamptz). Until now the columns
-- were `timestamp` without a zone, written in two clocks: patrons, staff accounts, the audit log, loans, holds and
-- the hold basket wrote UTC (Clock.systemUTC); the catalog (titles, imports, the installation row) and the mail
-- outbox wrote the JVM's default zone (LocalDateTime.now(), Asia/Tokyo in production.sh). Each column is read in
-- the zone its writer used: UTC, or ${legacyZone}, which SchemaMigration sets to the zone of the JVM that runs
-- this migration (the one that wrote those rows) unless LIBRARY_LEGACY_ZONE names another.

-- Written in UTC.
alter table patron
    alter column login_window_start type timestamptz using login_window_start at time zone 'UTC',
    alter column locked_until type timestamptz using locked_until at time zone 'UTC',
    alter column terms_accepted_at type timestamptz using terms_accepted_at at time zone 'UTC',
    alter column created_at type timestamptz using created_at at time zone 'UTC',
    alter column updated_at type timestamptz using updated_at at time zone 'UTC';
alter table audit_log
    alter column occurred_at type timestamptz using occurred_at at time zone 'UTC';
alter table patron_token
    alter column expires_at type timestamptz using expires_at at time zone 'UTC',
    alter column used_at type timestamptz using used_at at time zone 'UTC',
    alter column created_at type timestamptz using created_at at time zone 'UTC';
alter table staff_account
    alter column login_window_start type timestamptz using login_window_start at time zone 'UTC',
    alter column locked_until type timestamptz using locked_until at time zone 'UTC',
    alter column created_at type timestamptz using created_at at time zone 'UTC',
    alter column updated_at type timestamptz using updated_at at time zone 'UTC';
alter table loan
    alter column checked_out_at type timestamptz using checked_out_at at time zone 'UTC',
    alter column returned_at type timestamptz using returned_at at time zone 'UTC';
alter table hold
    alter column placed_at type timestamptz using placed_at at time zone 'UTC',
    alter column trapped_at type timestamptz using trapped_at at time zone 'UTC',
    alter column ready_at type timestamptz using ready_at at time zone 'UTC',
    alter column ended_at type timestamptz using ended_at at time zone 'UTC';
alter table hold_basket_entry
    alter column added_at type timestamptz using added_at at time zone 'UTC';

-- Written in the JVM's zone.
alter table title
    alter column created_at type timestamptz using created_at at time zone '${legacyZone}',
    alter column updated_at type timestamptz using updated_at at time zone '${legacyZone}';
alter table catalog_import
    alter column started_at type timestamptz using started_at at time zone '${legacyZone}',
    alter column finished_at type timestamptz using finished_at at time zone '${legacyZone}';
alter table installation
    alter column created_at type timestamptz using created_at at time zone '${legacyZone}';
alter table mail_outbox
    alter column next_attempt_at type timestamptz using next_attempt_at at time zone '${legacyZone}',
    alter column created_at type timestamptz using created_at at time zone '${legacyZone}',
    alter column sent_at type timestamptz using sent_at at time zone '${legacyZone}';
-- PostgreSQL rebuilds the indexes on these columns (audit_log, loan, hold, mail_outbox) with the new type.
