-- Issue 19 point 5: the data protection officer sees the read log and the audit log and handles privacy requests
-- (exports, erasures, consents, retention runs), but holds no permission that reads business data. Administrators
-- get the two new permissions too.
insert into identity_role (code, builtin) values ('DATA_PROTECTION_OFFICER', true);

insert into identity_role_permission (role_id, permission)
select r.id, p.permission from identity_role r, (
    select 'HANDLE_PRIVACY_REQUESTS' as permission union all select 'VIEW_READ_LOG'
    union all select 'VIEW_AUDIT_LOG' union all select 'USE_API') p
where r.code = 'DATA_PROTECTION_OFFICER';

insert into identity_role_permission (role_id, permission)
select r.id, p.permission from identity_role r, (
    select 'HANDLE_PRIVACY_REQUESTS' as permission union all select 'VIEW_READ_LOG') p
where r.code = 'ADMINISTRATOR';
