#!/bin/sh
# Run by PostgreSQL's image on an empty data directory: the owner and application roles and the database.
set -e
psql --username "$POSTGRES_USER" --dbname postgres -v database=spiegel360 \
    -v owner_password="${SPIEGEL360_OWNER_PASSWORD:?}" -v app_password="${SPIEGEL360_APP_PASSWORD:?}" \
    -f /docker-entrypoint-initdb.d/roles.psql
