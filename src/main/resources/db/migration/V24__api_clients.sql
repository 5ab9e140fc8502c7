-- The organisation's other systems that read and write through the API (/api/v1): a client signs in with OAuth 2.0
-- client credentials. Only a hash of its secret is kept; a new secret (rotation) or a revocation ends every token
-- issued before it.
create sequence api_client_seq start with 1 increment by 50;

create table api_client (
    id            bigint       not null primary key,
    name          varchar(120) not null,
    client_id     varchar(64)  not null unique,
    secret_hash   varchar(100) not null,
    scopes        varchar(500) not null,
    created_at    timestamp with time zone not null,
    created_by    varchar(320) not null,
    secret_set_at timestamp with time zone not null,
    last_used_at  timestamp with time zone,
    revoked_at    timestamp with time zone
);

-- The key the application signs the API's access tokens with, one for every instance on this database.
create table api_signing_key (
    kid        varchar(64) not null primary key,
    jwk        text        not null,
    created_at timestamp with time zone not null
);
