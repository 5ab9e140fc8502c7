create sequence audit_event_seq start with 1 increment by 50;

-- Append-only: the application inserts and reads, never updates or deletes.
create table audit_event (
    id          bigint        not null primary key,
    occurred_at timestamp     not null,
    actor       varchar(254)  not null,
    action      varchar(64)   not null,
    target_type varchar(64),
    target_id   bigint,
    details     varchar(1000)
);

create index audit_event_occurred_idx on audit_event (occurred_at);
