-- Per released review and competency the level its report settled on (the agreed level, else the consensus) and the
-- norm, with the review's cycle, profile revision, employee, manager and team as they were at its launch: what the
-- organisation's figures read, never a rating, a rater or a comment. Written once, at release.
create table released_standing (
    review_id     bigint        not null references review (id),
    competency_id bigint        not null references competency (id),
    cycle_id      bigint        not null references review_cycle (id),
    profile_id    bigint        not null references role_profile (id),
    employee_id   bigint        not null references person (id),
    manager_id    bigint references person (id),
    team          varchar(120),
    level         integer,
    norm          integer       not null,
    primary key (review_id, competency_id)
);

create index released_standing_competency_idx on released_standing (competency_id);
create index released_standing_cycle_idx on released_standing (cycle_id);
create index released_standing_profile_idx on released_standing (profile_id);
create index released_standing_employee_idx on released_standing (employee_id);
create index released_standing_manager_idx on released_standing (manager_id);

-- The behavioural indicators that held a released review's competency back from its norm, with how far the
-- consensus score fell short of the threshold (null: too few could judge it).
create table released_hold (
    review_id     bigint           not null,
    competency_id bigint           not null,
    indicator_id  bigint           not null references behavioural_indicator (id),
    level         integer          not null,
    shortfall     double precision,
    primary key (review_id, indicator_id),
    foreign key (review_id, competency_id) references released_standing (review_id, competency_id)
);

create index released_hold_standing_idx on released_hold (review_id, competency_id);
create index released_hold_indicator_idx on released_hold (indicator_id);
