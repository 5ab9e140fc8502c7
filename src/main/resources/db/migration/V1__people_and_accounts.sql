create sequence person_seq start with 1 increment by 50;

create table person (
    id              bigint       not null primary key,
    version         bigint       not null,
    name            varchar(120) not null,
    email           varchar(254) not null,
    job_title       varchar(120),
    team            varchar(120),
    manager_id      bigint references person (id),
    role_profile_id bigint,
    password_hash   varchar(255),
    hr              boolean      not null,
    active          boolean      not null,
    locale          varchar(10),
    created_at      timestamp    not null,
    constraint person_email_unique unique (email)
);

create index person_manager_idx on person (manager_id);
create index person_team_idx on person (team);
