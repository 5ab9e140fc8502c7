-- An API client may also take its tokens from the organisation's own OpenID provider (SPIEGEL360_API_ISSUER_URI):
-- HR registers it by the client id that provider gives it, and Spiegel360 keeps no secret for it.
alter table api_client add column provider_client boolean not null default false;
