-- Mails are written here in the transaction of the change that causes them, and sent afterwards by a scheduled
-- task that tries again with growing pauses; a mail is marked sent only once the mail server accepted it.
create sequence mail_outbox_seq start with 1 increment by 1;

create table mail_outbox (
    id              bigint        not null primary key,
    recipient       varchar(254)  not null,
    subject         varchar(500)  not null,
    body            text          not null,
    created_at      timestamp with time zone not null,
    attempts        integer       not null default 0 check (attempts >= 0),
    next_attempt_at timestamp with time zone not null,
    sent_at         timestamp with time zone,
    gave_up_at      timestamp with time zone,
    last_error      varchar(1000)
);

-- (a plain index: the embedded database knows no partial ones)
create index mail_outbox_due_idx on mail_outbox (sent_at, next_attempt_at);
