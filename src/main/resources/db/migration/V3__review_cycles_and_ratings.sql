create sequence review_cycle_seq start with 1 increment by 50;
create sequence review_seq start with 1 increment by 50;
create sequence rater_assignment_seq start with 1 increment by 50;
create sequence rating_seq start with 1 increment by 50;
create sequence competency_comment_seq start with 1 increment by 50;

create table review_cycle (
    id                     bigint        not null primary key,
    version                bigint        not null,
    name                   varchar(120)  not null,
    opens_on               date          not null,
    nomination_deadline    date          not null,
    rating_deadline        date          not null,
    state                  varchar(16)   not null,
    settings               varchar(4000) not null,
    peers_min              integer       not null,
    peers_max              integer       not null,
    include_direct_reports boolean       not null,
    max_requests_per_rater integer       not null,
    reminder_days          integer       not null,
    created_at             timestamp     not null
);

-- One employee in one cycle, on the version of their role profile that was frozen when it started.
create table review (
    id          bigint    not null primary key,
    version     bigint    not null,
    cycle_id    bigint    not null references review_cycle (id),
    employee_id bigint    not null references person (id),
    manager_id  bigint references person (id),
    profile_id  bigint    not null references role_profile (id),
    released_at timestamp,
    all_submitted_notified boolean not null,
    created_at  timestamp not null,
    constraint review_cycle_employee_unique unique (cycle_id, employee_id)
);

create index review_employee_idx on review (employee_id);
create index review_manager_idx on review (manager_id);

create table rater_assignment (
    id             bigint       not null primary key,
    version        bigint       not null,
    review_id      bigint       not null references review (id),
    rater_id       bigint references person (id),
    rater_group    varchar(16)  not null,
    status         varchar(16)  not null,
    decline_reason varchar(1000),
    nominated_by   bigint references person (id),
    extended_until date,
    submitted_at   timestamp,
    reminded_at    timestamp,
    updated_at     timestamp    not null,
    constraint rater_assignment_unique unique (review_id, rater_id)
);

create index rater_assignment_rater_idx on rater_assignment (rater_id);

-- One answer: a score, or null for "can't judge". Versioned per answer, so that two tabs never overwrite a
-- newer answer with an older one.
create table rating (
    id            bigint    not null primary key,
    version       bigint    not null,
    assignment_id bigint    not null references rater_assignment (id),
    indicator_id  bigint    not null references behavioural_indicator (id),
    score         integer,
    updated_at    timestamp not null,
    constraint rating_unique unique (assignment_id, indicator_id)
);

create table competency_comment (
    id            bigint        not null primary key,
    version       bigint        not null,
    assignment_id bigint        not null references rater_assignment (id),
    competency_id bigint        not null references competency (id),
    text          varchar(4000) not null,
    hidden        boolean       not null,
    hidden_reason varchar(1000),
    updated_at    timestamp     not null,
    constraint competency_comment_unique unique (assignment_id, competency_id)
);

create table scheduled_tasks (
    task_name            varchar(255) not null,
    task_instance        varchar(255) not null,
    task_data            bytea,
    execution_time       timestamp with time zone not null,
    picked               boolean      not null,
    picked_by            varchar(255),
    last_success         timestamp with time zone,
    last_failure         timestamp with time zone,
    consecutive_failures integer,
    last_heartbeat       timestamp with time zone,
    version              bigint       not null,
    priority             smallint,
    primary key (task_name, task_instance)
);

create index scheduled_tasks_execution_time_idx on scheduled_tasks (execution_time);
