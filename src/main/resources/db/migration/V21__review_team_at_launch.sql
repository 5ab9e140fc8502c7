-- The employee's team as it was when the review was launched, so that a later move does not rewrite an earlier
-- cycle (the manager and the role profile are kept the same way). Reviews launched before this column existed take
-- the employee's present team: the best that is known.
alter table review add column team varchar(120);
update review set team = (select p.team from person p where p.id = review.employee_id);
