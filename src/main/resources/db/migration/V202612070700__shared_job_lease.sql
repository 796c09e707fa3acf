-- Leases of background jobs that must run once across all nodes (e.g. the daily retention clean-up): a node runs the
-- job only after taking the lease with a conditional update.
create table shared_job_lease (
    name        varchar(100) primary key,
    owner       varchar(100),
    lease_until timestamp with time zone
);
