-- Whoever is not the audit log's owner may read it and add to it, nothing else: the application's own account (see
-- docker/initdb/roles.psql) cannot change or remove an entry even where a grant on every table gave it the right.
do $$
declare
    grantee_name text;
begin
    for grantee_name in
        select distinct grantee from information_schema.role_table_grants
        where table_name = 'audit_event' and privilege_type in ('UPDATE', 'DELETE', 'TRUNCATE')
          and grantee <> current_user and grantee <> 'PUBLIC'
    loop
        execute format('revoke update, delete, truncate on audit_event from %I', grantee_name);
    end loop;
end
$$;
