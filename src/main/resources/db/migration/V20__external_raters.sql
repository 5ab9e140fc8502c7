-- External raters (customers, partners): a rater group of their own, switched on per cycle, asked only the
-- competencies a profile marks as judged from outside. An external rater has no account: their identity is kept
-- beside their request, and they open their questionnaire through a personal link kept only as a hash.
alter table review_cycle add column external_raters boolean default false not null;
alter table profile_entry add column external_judges boolean default false not null;

alter table rater_assignment drop constraint rater_assignment_group_check;
alter table rater_assignment add constraint rater_assignment_group_check
    check (rater_group in ('SELF', 'MANAGER', 'PEER', 'DIRECT_REPORT', 'OTHER', 'EXTERNAL'));

create table external_rater (
    assignment_id   bigint        not null primary key references rater_assignment (id) on delete cascade,
    name            varchar(120),
    email           varchar(254),
    organisation    varchar(120),
    language        varchar(8)    not null,
    cycle_id        bigint        not null references review_cycle (id),
    created_at      timestamp with time zone not null,
    erased_at       timestamp with time zone
);
create index external_rater_cycle_idx on external_rater (cycle_id);
create index external_rater_email_idx on external_rater (email);

-- One row per link sent (the invitation, each reminder): the SHA-256 of the token, never the token.
create table external_link (
    token_hash      varchar(64)   not null primary key,
    assignment_id   bigint        not null references external_rater (assignment_id) on delete cascade,
    created_at      timestamp with time zone not null
);
create index external_link_assignment_idx on external_link (assignment_id);
