-- Where HR asked Spiegel360 to tell another system of a review's life, and what it told them. A delivery is
-- written in the transaction of the change it reports, then sent (signed with the endpoint's secret), tried again
-- with pauses that double, and given up after two days.
create sequence webhook_seq start with 1 increment by 50;

create table webhook_endpoint (
    id          bigint        not null primary key,
    url         varchar(2000) not null,
    events      varchar(500)  not null,
    secret      varchar(100)  not null,
    created_at  timestamp with time zone not null,
    created_by  varchar(320)  not null,
    disabled_at timestamp with time zone
);

create table webhook_delivery (
    id              bigint        not null primary key,
    endpoint_id     bigint        not null references webhook_endpoint (id),
    event_type      varchar(40)   not null,
    body            text          not null,
    created_at      timestamp with time zone not null,
    attempts        integer       not null default 0,
    next_attempt_at timestamp with time zone not null,
    claimed_until   timestamp with time zone,
    delivered_at    timestamp with time zone,
    gave_up_at      timestamp with time zone,
    last_status     integer,
    last_error      varchar(500)
);

create index webhook_delivery_endpoint_idx on webhook_delivery (endpoint_id);
create index webhook_delivery_due_idx on webhook_delivery (next_attempt_at);
