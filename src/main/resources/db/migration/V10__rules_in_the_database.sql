-- The rules the application keeps, kept by the database too: whatever writes to it, no row can break them.

-- One row to lock while start-up work runs that must happen once across instances (first administrator, demo).
create table startup_lock (
    name varchar(32) not null primary key
);
insert into startup_lock (name) values ('start-up');

-- Scores, levels and norms within their scales; states and statuses among those the application knows.
alter table rating add constraint rating_score_check check (score is null or score >= 1);
alter table proficiency_level add constraint proficiency_level_number_check check (level_number >= 1);
alter table profile_entry add constraint profile_entry_norm_check check (norm >= 0);
alter table behavioural_indicator add constraint behavioural_indicator_position_check check (position >= 0);
alter table calibration add constraint calibration_level_check
    check ((level is null or level >= 0) and (consensus_level is null or consensus_level >= 0));
alter table review_cycle add constraint review_cycle_state_check
    check (state in ('DRAFT', 'NOMINATION', 'RATING', 'CLOSED'));
alter table rater_assignment add constraint rater_assignment_status_check
    check (status in ('PROPOSED', 'NOT_STARTED', 'IN_PROGRESS', 'SUBMITTED', 'DECLINED'));
alter table rater_assignment add constraint rater_assignment_group_check
    check (rater_group in ('SELF', 'MANAGER', 'PEER', 'DIRECT_REPORT', 'OTHER'));

-- Dates in their order, and cycle limits that make sense.
alter table review_cycle add constraint review_cycle_dates_check
    check (opens_on <= nomination_deadline and nomination_deadline <= rating_deadline);
alter table review_cycle add constraint review_cycle_limits_check
    check (peers_min >= 0 and peers_max >= peers_min and max_requests_per_rater >= 1 and reminder_days >= 0);
alter table password_reset add constraint password_reset_dates_check check (created_at <= expires_at);

-- Instants with their time zone (converted in the zone they were written in).
alter table person alter column created_at type timestamp with time zone;
alter table competency alter column created_at type timestamp with time zone;
alter table role_profile alter column created_at type timestamp with time zone;
alter table review_cycle alter column created_at type timestamp with time zone;
alter table review alter column released_at type timestamp with time zone;
alter table review alter column created_at type timestamp with time zone;
alter table review alter column closed_at type timestamp with time zone;
alter table rater_assignment alter column submitted_at type timestamp with time zone;
alter table rater_assignment alter column reminded_at type timestamp with time zone;
alter table rater_assignment alter column updated_at type timestamp with time zone;
alter table rating alter column updated_at type timestamp with time zone;
alter table competency_comment alter column updated_at type timestamp with time zone;
alter table audit_event alter column occurred_at type timestamp with time zone;
alter table calibration alter column calibrated_at type timestamp with time zone;
alter table password_reset alter column expires_at type timestamp with time zone;
alter table password_reset alter column used_at type timestamp with time zone;
alter table password_reset alter column created_at type timestamp with time zone;
alter table review_result alter column closed_at type timestamp with time zone;
