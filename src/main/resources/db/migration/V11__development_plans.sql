-- From feedback to growth: a development plan per released review, its actions and check-ins, and a follow-up
-- pulse that asks the same raters about the plan's focus indicators only.

alter table review_cycle add column pulse_weeks integer default 8 not null;
alter table review_cycle add constraint review_cycle_pulse_weeks_check check (pulse_weeks between 0 and 52);

create sequence development_plan_seq start with 1 increment by 50;
create sequence plan_focus_seq start with 1 increment by 50;
create sequence plan_action_seq start with 1 increment by 50;
create sequence plan_entry_seq start with 1 increment by 50;
create sequence pulse_seq start with 1 increment by 50;
create sequence pulse_request_seq start with 1 increment by 50;

-- Owned by the employee, agreed with the manager; HR sees its state, its content only when shared.
create table development_plan (
    id              bigint        not null primary key,
    version         bigint        not null,
    review_id       bigint        not null unique references review (id),
    employee_id     bigint        not null references person (id),
    state           varchar(16)   not null check (state in ('DRAFT', 'PROPOSED', 'AGREED')),
    shared_with_hr  boolean       not null,
    created_at      timestamp with time zone not null,
    agreed_at       timestamp with time zone
);

-- A focus point: one competency, why it was chosen, and the indicators within it (their text as chosen).
create table plan_focus (
    id              bigint        not null primary key,
    plan_id         bigint        not null references development_plan (id),
    competency_id   bigint        not null references competency (id),
    competency_name varchar(200)  not null,
    reason          varchar(16)   not null check (reason in ('BELOW_NORM', 'BLIND_SPOT', 'HIDDEN_STRENGTH', 'NEXT_LEVEL')),
    position        integer       not null check (position >= 0)
);

create table plan_focus_indicator (
    focus_id        bigint        not null references plan_focus (id),
    indicator_id    bigint        not null references behavioural_indicator (id),
    level_number    integer       not null check (level_number >= 1),
    text            varchar(1000) not null,
    position        integer       not null check (position >= 0),
    primary key (focus_id, indicator_id)
);

create table plan_action (
    id              bigint        not null primary key,
    version         bigint        not null,
    focus_id        bigint        not null references plan_focus (id),
    what            varchar(1000) not null,
    due_on          date,
    support         varchar(500),
    done            boolean       not null,
    reminded_at     timestamp with time zone
);

-- The plan's history: comments, check-ins, agreement and changes, with who and when.
create table plan_entry (
    id              bigint        not null primary key,
    plan_id         bigint        not null references development_plan (id),
    focus_id        bigint        references plan_focus (id) on delete set null,
    author_id       bigint        references person (id),
    kind            varchar(16)   not null check (kind in ('COMMENT', 'CHECK_IN', 'PROPOSED', 'AGREED', 'CHANGED',
                                                           'SHARED', 'UNSHARED')),
    text            varchar(2000),
    created_at      timestamp with time zone not null
);

create index plan_entry_plan_idx on plan_entry (plan_id, created_at);

-- A short questionnaire on the focus indicators for the review's raters; frozen at close like a review.
create table pulse (
    id              bigint        not null primary key,
    version         bigint        not null,
    plan_id         bigint        not null unique references development_plan (id),
    opens_on        date          not null,
    closes_on       date          not null,
    scale_max       integer       not null check (scale_max >= 2),
    minimums        varchar(500)  not null,
    closed_at       timestamp with time zone,
    result          text,
    check (opens_on <= closes_on)
);

create table pulse_request (
    id              bigint        not null primary key,
    version         bigint        not null,
    pulse_id        bigint        not null references pulse (id),
    rater_id        bigint        references person (id),
    rater_group     varchar(16)   not null check (rater_group in ('SELF', 'MANAGER', 'PEER', 'DIRECT_REPORT', 'OTHER')),
    submitted_at    timestamp with time zone
);

create index pulse_request_rater_idx on pulse_request (rater_id);

create table pulse_rating (
    request_id      bigint        not null references pulse_request (id),
    indicator_id    bigint        not null references behavioural_indicator (id),
    score           integer       not null check (score >= 0),
    primary key (request_id, indicator_id)
);
