-- Issue 11 finding 5: a public registration keeps the company as the registrant stated it (name, country, number)
-- and gets its register company only when an organiser approves it; until then company_id is empty, so a stranger's
-- registration never clashes with the company's own (uq_event_participant ignores empty company ids).
alter table event_participant alter column company_id drop not null;
alter table event_participant add column org_number varchar(30);

-- Counters of the public forms' rate limits (per client address, per event): one row per bucket whose window starts
-- at its first hit (epoch milliseconds), counted with one conditional update so the limit holds across threads and
-- application nodes, and a burst is never split across two windows.
create table shared_rate_counter (
    bucket       varchar(200) not null primary key,
    window_start bigint       not null,
    hits         int          not null
);
create index ix_shared_rate_counter_window on shared_rate_counter (window_start);

-- Issue 11 finding 7: the row a booking locks (select ... for update) before it counts an expert's booked hours, so
-- parallel bookings of one expert are serialised and never exceed the hours left.
create table catalogue_expert_lock (
    person_id bigint primary key references actor_person (id)
);
