-- Live progress of a running execution (see the PostgreSQL migration of the same version).
alter table job_execution_lease add written number(19) default 0 not null;
