-- The identity a person signs on with at an OpenID provider: stored at the first match, then the only match.
alter table person add column oidc_issuer varchar(500);
alter table person add column oidc_subject varchar(255);
create unique index person_oidc_identity_unique on person (oidc_issuer, oidc_subject);

-- The identifier an organisation's provisioning (SCIM) gives a person.
alter table person add column external_id varchar(255);

create sequence scim_token_seq start with 1 increment by 50;

-- A bearer token a provisioning client uses; only the SHA-256 of the token is kept.
create table scim_token (
    id           bigint       not null primary key,
    name         varchar(120) not null,
    token_hash   varchar(64)  not null unique,
    created_at   timestamp with time zone    not null,
    created_by   varchar(320) not null,
    last_used_at timestamp with time zone,
    revoked_at   timestamp with time zone
);

-- Each deactivation provisioning made, for the hold on mass deactivation.
create table scim_deactivation (
    person_id      bigint    not null references person (id),
    deactivated_at timestamp with time zone not null
);

create index scim_deactivation_at_idx on scim_deactivation (deactivated_at);
create index scim_deactivation_person_idx on scim_deactivation (person_id);

-- A deactivation held back because it would deactivate too many people at once; HR confirms or rejects it.
create table scim_held_deactivation (
    person_id    bigint       not null primary key references person (id),
    token_name   varchar(120) not null,
    requested_at timestamp with time zone    not null
);
