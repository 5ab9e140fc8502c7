-- What a pulse is compared with: per focus indicator and rater group (besides the employee's own), the group's score
-- in the released report and the number of scores behind it, as the report showed them when the pulse opened. The
-- organisation's learning needs read how the pulse moved each focus indicator from these and the pulse's result.
create table pulse_baseline (
    pulse_id      bigint           not null references pulse (id),
    indicator_id  bigint           not null references behavioural_indicator (id),
    rater_group   varchar(16)      not null,
    mean          double precision not null,
    n             integer          not null,
    primary key (pulse_id, indicator_id, rater_group)
);

create index pulse_baseline_indicator_idx on pulse_baseline (indicator_id);
