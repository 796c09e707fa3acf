-- Funders see aggregates only (pyramids, figures, usage reports), never a single activity, person or note
-- (docs/security.md, "Funders see aggregates only"). The built-in FUNDER role keeps exactly the aggregate permission
-- and API use; anything else an installation may have given it is taken away.
delete from identity_role_permission
where role_id in (select id from identity_role where code = 'FUNDER')
  and permission not in ('VIEW_REPORTS', 'USE_API');

insert into identity_role_permission (role_id, permission)
select r.id, 'VIEW_REPORTS' from identity_role r
where r.code = 'FUNDER'
  and not exists (select 1 from identity_role_permission p where p.role_id = r.id and p.permission = 'VIEW_REPORTS');
