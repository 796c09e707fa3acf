-- One row that the creation of the first user locks (select ... for update), so the one-time setup page and the
-- bootstrap from configuration cannot create two first administrators at the same moment.
create table identity_setup_lock (
    id integer not null primary key
);
insert into identity_setup_lock (id) values (1);
