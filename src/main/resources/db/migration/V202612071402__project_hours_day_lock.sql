-- Hours: one row per user and day that logging locks (select ... for update) before it sums the day's hours, so
-- parallel requests of one user never exceed 24 hours on a day (the user is identity's: no foreign key).
create table project_hours_day_lock (
    user_id  bigint not null,
    work_day date   not null,
    primary key (user_id, work_day)
);
