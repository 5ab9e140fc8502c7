-- A review collects answers until it closes; at close its result is computed once and kept as it was.
alter table review add column closed_at timestamp;

-- The engine's outcome of one closed review, with the settings and profile revision it used. Never updated.
create table review_result (
    review_id   bigint         not null primary key references review (id),
    profile_id  bigint         not null references role_profile (id),
    settings    varchar(4000)  not null,
    content     text           not null,
    raters      integer        not null,
    closed_at   timestamp      not null
);

create sequence result_comment_seq start with 1 increment by 50;

-- The comments of a closed review that its report may show, in an order that follows the text, never the rater.
-- Only the manager's and the employee's own comments keep an author, and only until that person is erased.
create table result_comment (
    id            bigint         not null primary key,
    version       bigint         not null,
    review_id     bigint         not null references review (id),
    competency_id bigint         not null references competency (id),
    rater_group   varchar(16)    not null,
    position      integer        not null,
    text          varchar(4000)  not null,
    author_id     bigint references person (id),
    hidden        boolean        not null,
    hidden_reason varchar(1000),
    constraint result_comment_position_unique unique (review_id, competency_id, position)
);

create index result_comment_review_idx on result_comment (review_id);

-- Raters added by the manager or HR after the nomination phase are shown to HR as such.
alter table rater_assignment add column added_during_rating boolean default false not null;
