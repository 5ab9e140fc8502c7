-- One account per e-mail address whatever its case, and the index the sign-in lookup (lower(email)) uses. (The
-- embedded database keeps addresses unique as the application writes them: in lower case.)
create unique index person_email_lower_unique on person (lower(email));
