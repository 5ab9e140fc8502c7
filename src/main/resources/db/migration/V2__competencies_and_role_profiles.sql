create sequence competency_seq start with 1 increment by 50;
create sequence proficiency_level_seq start with 1 increment by 50;
create sequence behavioural_indicator_seq start with 1 increment by 50;
create sequence role_profile_seq start with 1 increment by 50;
create sequence profile_entry_seq start with 1 increment by 50;

-- A competency of the library. A frozen one (used by a launched review) is never changed: editing it creates
-- the next revision with the same code.
create table competency (
    id         bigint        not null primary key,
    version    bigint        not null,
    code       varchar(120)  not null,
    revision   integer       not null,
    label      varchar(120)  not null,
    definition varchar(2000) not null,
    cluster    varchar(120)  not null,
    kind       varchar(16)   not null,
    frozen     boolean       not null,
    created_at timestamp     not null,
    constraint competency_code_revision_unique unique (code, revision)
);

create table proficiency_level (
    id            bigint  not null primary key,
    competency_id bigint  not null references competency (id),
    level_number  integer not null,
    constraint proficiency_level_unique unique (competency_id, level_number)
);

create table behavioural_indicator (
    id        bigint        not null primary key,
    level_id  bigint        not null references proficiency_level (id),
    position  integer       not null,
    text      varchar(1000) not null,
    self_text varchar(1000)
);

create index behavioural_indicator_level_idx on behavioural_indicator (level_id);

-- One version of a role profile. A frozen version is never changed: editing it creates the next revision.
create table role_profile (
    id            bigint         not null primary key,
    version       bigint         not null,
    name          varchar(120)   not null,
    revision      integer        not null,
    version_label varchar(120)   not null,
    introduction  varchar(20000) not null,
    frozen        boolean        not null,
    created_at    timestamp      not null,
    constraint role_profile_name_revision_unique unique (name, revision)
);

create table profile_entry (
    id                bigint  not null primary key,
    profile_id        bigint  not null references role_profile (id),
    competency_id     bigint  not null references competency (id),
    position          integer not null,
    document_position integer not null,
    norm              integer not null,
    constraint profile_entry_unique unique (profile_id, competency_id)
);

create index profile_entry_competency_idx on profile_entry (competency_id);

alter table person add constraint person_role_profile_fk foreign key (role_profile_id) references role_profile (id);
