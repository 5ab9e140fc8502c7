-- When a rater was asked (invited, or their proposal approved): a rater asked after a group's first submission
-- cannot lift a group that was below its minimum then. Requests made before this was kept count as asked at the
-- review's start.
alter table rater_assignment add column asked_at timestamp with time zone;
update rater_assignment set asked_at = (select r.created_at from review r where r.id = rater_assignment.review_id);
alter table rater_assignment alter column asked_at set not null;
-- Bulk writers that leave it out ask at the moment they write.
alter table rater_assignment alter column asked_at set default current_timestamp;
