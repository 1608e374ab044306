-- Live progress of a running execution: the batch runtime persists a step's metrics only when the step ends, so
-- the chunk steps count what they wrote here, beside the execution's lease, as they go.
alter table job_execution_lease add column written bigint not null default 0;
