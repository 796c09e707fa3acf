-- Issue 18.3: two indexes of company_company held an entry for every company, though every query that uses them looks
-- for the few rows that are flagged: "index_pending = true" (the search indexer's drain, the index status) and
-- "merged_into_id = ?" (the companies merged into one; = implies not null). As partial indexes they hold only those
-- rows, and an import of a million new companies no longer writes two million index entries nobody reads.
-- (H2 has no partial indexes and keeps the full ones.)
drop index if exists company_company_index_pending_idx;
create index company_company_index_pending_idx on company_company (id) where index_pending;
drop index if exists ix_company_company_merged_into_id;
create index ix_company_company_merged_into_id on company_company (merged_into_id) where merged_into_id is not null;
