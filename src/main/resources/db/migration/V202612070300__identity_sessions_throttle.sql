-- Issue 11 findings 2 and 3.
-- A session carries the security stamp of its user from the moment it was made; every request compares it with this
-- column and ends the session when they differ. The stamp changes with the password and when the user is disabled.
alter table identity_user add column security_stamp bigint not null default 0;

-- The old lock (five wrong passwords lock the account for 15 minutes, counted on the user row with optimistic
-- locking) is replaced by identity_login_throttle.
alter table identity_user drop column failed_logins;
alter table identity_user drop column locked_until;

-- Failed sign-ins per username and per client address, changed only by single atomic UPDATE statements.
-- kind: USERNAME or ADDRESS; times are epoch milliseconds (portable arithmetic on H2 and PostgreSQL).
create table identity_login_throttle (
    kind            varchar(10)  not null,
    throttle_key    varchar(200) not null,
    failures        integer      not null default 0,
    last_failure_ms bigint       not null default 0,
    next_allowed_ms bigint       not null default 0,
    primary key (kind, throttle_key)
);
create index identity_login_throttle_last_idx on identity_login_throttle (last_failure_ms);

-- Row 2 of the lock table serialises changes that could remove the last administrator (AdministratorGuard).
insert into identity_setup_lock (id) values (2);
