create sequence password_reset_seq start with 1 increment by 50;

-- One-time links to set a new password: only a hash of the token is kept.
create table password_reset (
    id         bigint      not null primary key,
    person_id  bigint      not null references person (id),
    token_hash varchar(64) not null,
    expires_at timestamp   not null,
    used_at    timestamp,
    created_at timestamp   not null,
    constraint password_reset_token_unique unique (token_hash)
);
