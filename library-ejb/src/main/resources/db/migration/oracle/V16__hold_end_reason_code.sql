-- Why a hold ended is a code that each screen puts into words in its own language; end_reason keeps only the
-- librarian's own words (STAFF_CANCELLED). Earlier rows carried one "ja / en" text: they become codes.
alter table hold add end_reason_code varchar2(32 char);

update hold set end_reason_code = 'NOT_COLLECTED', end_reason = null where status = 'EXPIRED';
update hold set end_reason_code = 'PATRON_CANCELLED', end_reason = null
 where status = 'CANCELLED' and end_reason = '取消（利用者）/ cancelled by the patron';
update hold set end_reason_code = 'ANY_N_COMPLETE', end_reason = null
 where status = 'CANCELLED' and end_reason = 'いずれか予約の冊数に達しました / the any-N hold has its titles';
update hold set end_reason_code = 'STAFF_CANCELLED' where status = 'CANCELLED' and end_reason_code is null;

alter table hold add constraint hold_end_reason_code_ck check (end_reason_code in
    ('PATRON_CANCELLED', 'NOT_COLLECTED', 'ANY_N_COMPLETE', 'STAFF_CANCELLED'));
alter table hold add constraint hold_ended_reason_ck check (status not in ('CANCELLED', 'EXPIRED')
    or end_reason_code is not null);
