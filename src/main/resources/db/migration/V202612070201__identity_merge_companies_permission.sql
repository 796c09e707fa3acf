-- Issue 11 finding 9: merging companies of the shared register is a permission of its own, for coordinators and
-- administrators (advisors and facilitators keep MANAGE_COMPANIES but no longer merge).
insert into identity_role_permission (role_id, permission)
select r.id, 'MERGE_COMPANIES' from identity_role r where r.code in ('ADMINISTRATOR', 'PARTNERSHIP_COORDINATOR');
