-- Failed sign-ins per account and address (and per address alone), shared by every instance; entries older than
-- an hour are forgotten and deleted, so the table stays small whatever an attacker sends.
create table login_throttle (
    throttle_key    varchar(64)              not null primary key,
    failures        integer                  not null check (failures > 0),
    last_failure_at timestamp with time zone not null
);

create index login_throttle_last_idx on login_throttle (last_failure_at);

-- Refusals of requests without a signed-in user: counted per address and hour instead of a log entry each.
create table anonymous_refusal (
    address      varchar(64)              not null,
    period_start timestamp with time zone not null,
    refusals     integer                  not null check (refusals > 0),
    primary key (address, period_start)
);
