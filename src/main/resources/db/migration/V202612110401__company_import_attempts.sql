-- Issue 18: a run whose node died is queued again (its upload stays stored until the run ends) and resumed by another
-- node after the records its committed batches already hold; attempts counts the claims, recovery gives up after 3.
alter table company_import_run add column attempts integer default 0 not null;
