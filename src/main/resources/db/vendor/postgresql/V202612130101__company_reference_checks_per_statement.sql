-- Issue 18.3, fifth round (docs/imports.md, "Reference checks on PostgreSQL"): the same guarantee as five foreign
-- keys, checked once per statement instead of once per row.
--
-- PostgreSQL checks a foreign key with a row trigger: one lookup and one FOR KEY SHARE lock of the referenced row per
-- inserted row (~3 us each here). An import of 1,000,000 new companies made 5,000,000 of them for these five keys
-- alone (country, NACE code, municipality and import run of each company; import run of each change row), a third of
-- the database's work for the import. The statement triggers below check the same rows as a set (one anti-join per
-- reference and statement, against tables of a few hundred rows) and lock the referenced rows FOR KEY SHARE as the
-- foreign key does, so that a concurrent delete of a municipality, NACE code, country or import run waits for the
-- writing transaction and then fails its own check. The referenced side is guarded by statement triggers on the
-- referenced tables: a delete (or key change) that leaves a company or change row pointing nowhere fails, as NO ACTION
-- did. Errors keep the foreign keys' SQLSTATE 23503 and constraint names.
-- Kept as foreign keys: company_change.company_id (ON DELETE CASCADE), former names, rejections, merged_into_id.
-- H2 keeps all its foreign keys (its imports write row by row anyway).

alter table company_company drop constraint if exists company_company_country_code_fkey;
alter table company_company drop constraint if exists company_company_nace_code_fkey;
alter table company_company drop constraint if exists company_company_municipality_id_fkey;
alter table company_company drop constraint if exists company_company_last_import_run_id_fkey;
alter table company_change drop constraint if exists company_change_import_run_id_fkey;

create function kobling_reference_violation(tab text, con text, detail text) returns void language plpgsql as $$
begin
  raise exception 'insert or update on table "%" violates foreign key constraint "%"', tab, con
    using errcode = 'foreign_key_violation', constraint = con, table = tab, detail = detail;
end $$;

create function kobling_referenced_violation(tab text, con text, detail text) returns void language plpgsql as $$
begin
  raise exception 'update or delete on table "%" violates foreign key constraint "%"', tab, con
    using errcode = 'foreign_key_violation', constraint = con, table = tab, detail = detail;
end $$;

-- the companies a statement inserted or updated (transition table new_rows; old_rows for an update)
create function company_company_check_references() returns trigger language plpgsql as $$
declare
  missing text;
begin
  if TG_OP = 'UPDATE' then
    -- as a foreign key: an update that changes none of the references checks and locks nothing
    if not exists (select 1 from new_rows n where not exists (select 1 from old_rows o where o.id = n.id
        and (n.country_code, n.nace_code, n.municipality_id, n.last_import_run_id)
          is not distinct from (o.country_code, o.nace_code, o.municipality_id, o.last_import_run_id))) then
      return null;
    end if;
  end if;
  perform 1 from geo_country g where g.code in (select n.country_code from new_rows n) for key share;
  select n.country_code into missing from new_rows n
    where n.country_code is not null and not exists (select 1 from geo_country g where g.code = n.country_code) limit 1;
  if found then
    perform kobling_reference_violation('company_company', 'company_company_country_code_fkey',
      format('Key (country_code)=(%s) is not present in table "geo_country".', missing));
  end if;
  perform 1 from geo_nace g where g.code in (select n.nace_code from new_rows n) for key share;
  select n.nace_code into missing from new_rows n
    where n.nace_code is not null and not exists (select 1 from geo_nace g where g.code = n.nace_code) limit 1;
  if found then
    perform kobling_reference_violation('company_company', 'company_company_nace_code_fkey',
      format('Key (nace_code)=(%s) is not present in table "geo_nace".', missing));
  end if;
  perform 1 from geo_municipality g where g.id in (select n.municipality_id from new_rows n) for key share;
  select n.municipality_id::text into missing from new_rows n
    where n.municipality_id is not null and not exists (select 1 from geo_municipality g where g.id = n.municipality_id)
    limit 1;
  if found then
    perform kobling_reference_violation('company_company', 'company_company_municipality_id_fkey',
      format('Key (municipality_id)=(%s) is not present in table "geo_municipality".', missing));
  end if;
  perform 1 from company_import_run r where r.id in (select n.last_import_run_id from new_rows n) for key share;
  select n.last_import_run_id::text into missing from new_rows n
    where n.last_import_run_id is not null
      and not exists (select 1 from company_import_run r where r.id = n.last_import_run_id) limit 1;
  if found then
    perform kobling_reference_violation('company_company', 'company_company_last_import_run_id_fkey',
      format('Key (last_import_run_id)=(%s) is not present in table "company_import_run".', missing));
  end if;
  return null;
end $$;

create trigger company_company_references_insert after insert on company_company
  referencing new table as new_rows for each statement execute function company_company_check_references();
create trigger company_company_references_update after update on company_company
  referencing old table as old_rows new table as new_rows
  for each statement execute function company_company_check_references();

create function company_change_check_references() returns trigger language plpgsql as $$
declare
  missing text;
begin
  if TG_OP = 'UPDATE' then
    if not exists (select 1 from new_rows n where not exists (select 1 from old_rows o where o.id = n.id
        and n.import_run_id is not distinct from o.import_run_id)) then
      return null;
    end if;
  end if;
  perform 1 from company_import_run r where r.id in (select n.import_run_id from new_rows n) for key share;
  select n.import_run_id::text into missing from new_rows n
    where n.import_run_id is not null and not exists (select 1 from company_import_run r where r.id = n.import_run_id)
    limit 1;
  if found then
    perform kobling_reference_violation('company_change', 'company_change_import_run_id_fkey',
      format('Key (import_run_id)=(%s) is not present in table "company_import_run".', missing));
  end if;
  return null;
end $$;

create trigger company_change_references_insert after insert on company_change
  referencing new table as new_rows for each statement execute function company_change_check_references();
create trigger company_change_references_update after update on company_change
  referencing old table as old_rows new table as new_rows
  for each statement execute function company_change_check_references();

-- the referenced side: rows deleted, or whose key changed (transition table old_rows)
create function geo_country_check_referenced() returns trigger language plpgsql as $$
declare
  gone text;
begin
  select o.code into gone from old_rows o
    where not exists (select 1 from geo_country g where g.code = o.code)
      and exists (select 1 from company_company c where c.country_code = o.code) limit 1;
  if found then
    perform kobling_referenced_violation('geo_country', 'company_company_country_code_fkey',
      format('Key (code)=(%s) is still referenced from table "company_company".', gone));
  end if;
  return null;
end $$;

create function geo_nace_check_referenced() returns trigger language plpgsql as $$
declare
  gone text;
begin
  select o.code into gone from old_rows o
    where not exists (select 1 from geo_nace g where g.code = o.code)
      and exists (select 1 from company_company c where c.nace_code = o.code) limit 1;
  if found then
    perform kobling_referenced_violation('geo_nace', 'company_company_nace_code_fkey',
      format('Key (code)=(%s) is still referenced from table "company_company".', gone));
  end if;
  return null;
end $$;

create function geo_municipality_check_referenced() returns trigger language plpgsql as $$
declare
  gone text;
begin
  select o.id::text into gone from old_rows o
    where not exists (select 1 from geo_municipality g where g.id = o.id)
      and exists (select 1 from company_company c where c.municipality_id = o.id) limit 1;
  if found then
    perform kobling_referenced_violation('geo_municipality', 'company_company_municipality_id_fkey',
      format('Key (id)=(%s) is still referenced from table "company_company".', gone));
  end if;
  return null;
end $$;

create function company_import_run_check_referenced() returns trigger language plpgsql as $$
declare
  gone text;
begin
  select o.id::text into gone from old_rows o
    where not exists (select 1 from company_import_run r where r.id = o.id)
      and exists (select 1 from company_company c where c.last_import_run_id = o.id) limit 1;
  if found then
    perform kobling_referenced_violation('company_import_run', 'company_company_last_import_run_id_fkey',
      format('Key (id)=(%s) is still referenced from table "company_company".', gone));
  end if;
  select o.id::text into gone from old_rows o
    where not exists (select 1 from company_import_run r where r.id = o.id)
      and exists (select 1 from company_change c where c.import_run_id = o.id) limit 1;
  if found then
    perform kobling_referenced_violation('company_import_run', 'company_change_import_run_id_fkey',
      format('Key (id)=(%s) is still referenced from table "company_change".', gone));
  end if;
  return null;
end $$;

create trigger geo_country_referenced_delete after delete on geo_country
  referencing old table as old_rows for each statement execute function geo_country_check_referenced();
create trigger geo_country_referenced_update after update on geo_country
  referencing old table as old_rows for each statement execute function geo_country_check_referenced();
create trigger geo_nace_referenced_delete after delete on geo_nace
  referencing old table as old_rows for each statement execute function geo_nace_check_referenced();
create trigger geo_nace_referenced_update after update on geo_nace
  referencing old table as old_rows for each statement execute function geo_nace_check_referenced();
create trigger geo_municipality_referenced_delete after delete on geo_municipality
  referencing old table as old_rows for each statement execute function geo_municipality_check_referenced();
create trigger geo_municipality_referenced_update after update on geo_municipality
  referencing old table as old_rows for each statement execute function geo_municipality_check_referenced();
create trigger company_import_run_referenced_delete after delete on company_import_run
  referencing old table as old_rows for each statement execute function company_import_run_check_referenced();
create trigger company_import_run_referenced_update after update on company_import_run
  referencing old table as old_rows for each statement execute function company_import_run_check_referenced();
