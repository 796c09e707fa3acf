-- Imports: the search index converges with the table after any crash, runs carry a lease, uploads live in the database.

-- Set in the same statement as an imported row change, cleared only after the row's document was written to the index.
alter table company_company add column index_pending boolean default false not null;
create index company_company_index_pending_idx on company_company (index_pending, id);

-- The node that runs (or receives) an import and the last time it reported; a run whose lease ran out is FAILED.
alter table company_import_run add column owner_node varchar(200);
alter table company_import_run add column heartbeat_at timestamp with time zone;
create index company_import_run_status_idx on company_import_run (status, id);

-- An uploaded file in chunks until its run has been imported (any node can claim the run).
create table company_import_upload_chunk (
    import_run_id bigint  not null references company_import_run (id) on delete cascade,
    chunk_no      integer not null,
    data          bytea   not null,
    primary key (import_run_id, chunk_no)
);
