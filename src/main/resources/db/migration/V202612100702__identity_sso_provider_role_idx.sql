-- Every foreign key has an index leading with its columns (ForeignKeyIndexTest): the provider's default role.
create index identity_sso_provider_default_role_idx on identity_sso_provider (default_role_id);
