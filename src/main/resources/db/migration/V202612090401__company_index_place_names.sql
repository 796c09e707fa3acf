-- Issue 16: the company index now holds each company's municipality names in every language (index "company_v2").
-- Every existing row is queued for the index; the start-up drain (CompanyIndexer.indexPending) writes the documents.
update company_company set index_pending = true where index_pending = false;
