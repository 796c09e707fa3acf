-- Issue 11 findings 1 and 9: who verified a representative link, who made it, and which organisation entered a
-- company by hand (that organisation may edit it in full even outside its partnerships' municipalities).
alter table company_representative add column created_by varchar(100);
alter table company_representative add column verified_by varchar(100);
alter table company_representative add column verified_at timestamp with time zone;
alter table company_company add column owner_organisation_id bigint;
