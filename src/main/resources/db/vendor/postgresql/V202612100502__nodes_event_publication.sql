-- Spring Modulith's event publication registry (issue 18): a publication to a transactional listener (e.g. "import
-- completed -> index") is stored with the publishing transaction and completed when the listener succeeds; what a
-- crash leaves incomplete is resubmitted. The v2 schema of spring-modulith-events-jdbc 2.1 (schema-postgresql.sql).
create table if not exists event_publication (
    id                     uuid not null,
    listener_id            text not null,
    event_type             text not null,
    serialized_event       text not null,
    publication_date       timestamp with time zone not null,
    completion_date        timestamp with time zone,
    status                 text,
    completion_attempts    int,
    last_resubmission_date timestamp with time zone,
    primary key (id)
);
create index if not exists event_publication_serialized_event_hash_idx on event_publication using hash (serialized_event);
create index if not exists event_publication_by_completion_date_idx on event_publication (completion_date);
