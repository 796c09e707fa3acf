-- Scheduling runs live in the database, not in one node's memory: the node that runs the solver holds a lease it
-- renews with each heartbeat (and writes its progress); another node fails a RUNNING run only once its lease has
-- expired. Finished runs are history and are deleted after a retention (kobling.events.run-retention).
alter table event_schedule_run add column owner_node varchar(100);
alter table event_schedule_run add column lease_until timestamp with time zone;
alter table event_schedule_run add column heartbeat_at timestamp with time zone;
alter table event_schedule_run add column progress double precision not null default 0;
-- runs left RUNNING by a node that died before this change: their lease is over
update event_schedule_run set lease_until = started_at where status = 'RUNNING';
create index ix_event_run_lease on event_schedule_run (status, lease_until);
create index ix_event_run_finished on event_schedule_run (finished_at);
