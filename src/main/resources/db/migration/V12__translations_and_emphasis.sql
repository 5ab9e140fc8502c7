-- The bold parts of an indicator as the profile document marks them; null when it has none.
alter table behavioural_indicator add column marked_text varchar(1200);

-- A competency's label and definition in another language than the profile's own (an empty definition: untranslated).
create table competency_translation (
    competency_id bigint        not null references competency (id) on delete cascade,
    language      varchar(8)    not null,
    label         varchar(120)  not null,
    definition    varchar(2000) not null,
    primary key (competency_id, language)
);

-- An indicator's text in another language; it may carry bold marks.
create table indicator_translation (
    indicator_id bigint        not null references behavioural_indicator (id) on delete cascade,
    language     varchar(8)    not null,
    text         varchar(1200) not null,
    primary key (indicator_id, language)
);
