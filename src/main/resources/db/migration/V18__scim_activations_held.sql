-- An account provisioning created or activated during a burst of activations: it stays inactive until HR confirms.
-- Held activations are not counted in scim_creation (the activations of the hour) until then, as they raise no
-- active count.
create table scim_held_activation (
    person_id    bigint       not null primary key references person (id),
    token_name   varchar(120) not null,
    requested_at timestamp with time zone not null
);
