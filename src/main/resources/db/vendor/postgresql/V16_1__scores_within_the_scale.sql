-- A score above the scale of its cycle (or of its pulse) is refused by the database too, whoever writes it.
create function rating_within_the_scale() returns trigger as $$
declare
    scale integer;
begin
    if new.score is null then
        return new;
    end if;
    select coalesce((c.settings::jsonb ->> 'scaleMax')::integer, 4) into scale
    from rater_assignment a join review r on r.id = a.review_id join review_cycle c on c.id = r.cycle_id
    where a.id = new.assignment_id;
    if new.score > scale then
        raise exception 'score % outside the scale 1 to %', new.score, scale using errcode = '23514';
    end if;
    return new;
end
$$ language plpgsql;

create trigger rating_within_the_scale before insert or update of score on rating
    for each row execute function rating_within_the_scale();

create function pulse_rating_within_the_scale() returns trigger as $$
declare
    scale integer;
begin
    if new.score is null then
        return new;
    end if;
    select p.scale_max into scale from pulse_request r join pulse p on p.id = r.pulse_id where r.id = new.request_id;
    if new.score > scale then
        raise exception 'score % outside the scale 1 to %', new.score, scale using errcode = '23514';
    end if;
    return new;
end
$$ language plpgsql;

create trigger pulse_rating_within_the_scale before insert or update of score on pulse_rating
    for each row execute function pulse_rating_within_the_scale();
