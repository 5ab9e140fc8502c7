-- A pulse's "can't judge" is null, as every other answer of the product; each answer keeps when it was given.
alter table pulse_rating add column answered_at timestamp with time zone;
update pulse_rating set answered_at = coalesce(
    (select r.submitted_at from pulse_request r where r.id = pulse_rating.request_id), current_timestamp);
alter table pulse_rating alter column answered_at set not null;
alter table pulse_rating alter column score drop not null;
update pulse_rating set score = null where score = 0;
alter table pulse_rating add constraint pulse_rating_score_on_scale check (score >= 1);
