-- Issue 15 (surveys): the permission of the survey module. Its tables (survey_*) come with the parts that own them.

-- Build and send surveys of the own organisation and read their results.
insert into identity_role_permission (role_id, permission)
select r.id, 'MANAGE_SURVEYS' from identity_role r
where r.code in ('ADMINISTRATOR', 'PARTNERSHIP_COORDINATOR', 'ADVISOR', 'FACILITATOR');
