-- The audit log is append-only in the database itself: no update, delete or truncate passes, whichever
-- database user tries (the embedded default relies on the application, which offers no way to change an entry).
create function audit_event_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'The audit log is append-only: % refused', tg_op using errcode = '42501';
end;
$$;

create trigger audit_event_no_update_or_delete before update or delete on audit_event
    for each row execute function audit_event_append_only();

create trigger audit_event_no_truncate before truncate on audit_event
    for each statement execute function audit_event_append_only();
