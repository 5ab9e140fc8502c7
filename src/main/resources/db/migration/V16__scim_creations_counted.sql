-- Each person provisioning created, so that people created within the hour do not raise the number of active
-- people against which the hold on mass deactivation counts.
create table scim_creation (
    person_id  bigint                   not null references person (id),
    created_at timestamp with time zone not null
);

create index scim_creation_at_idx on scim_creation (created_at);
create index scim_creation_person_idx on scim_creation (person_id);
