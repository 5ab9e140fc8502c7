create sequence calibration_seq start with 1 increment by 50;

-- The manager's agreed level per competency of a review, beside the computed consensus level.
create table calibration (
    id              bigint        not null primary key,
    version         bigint        not null,
    review_id       bigint        not null references review (id),
    competency_id   bigint        not null references competency (id),
    consensus_level integer,
    level           integer,
    reason          varchar(2000),
    calibrated_by   bigint        not null references person (id),
    calibrated_at   timestamp     not null,
    constraint calibration_unique unique (review_id, competency_id)
);
