#!/usr/bin/env bash
# Starts a local PostgreSQL for the tests and prints the connection string.
#
#   eval "$(bash scripts/postgres.sh)"     # exports SKOLEUTVIKLING_TEST_POSTGRES
#
# What it does (idempotent; a second run only checks and prints):
#   1. installs Debian's `postgresql` with apt if no server binaries are present;
#   2. starts the Debian cluster `<version>/main` (creates it if missing), listening on
#      127.0.0.1 only, port SKOLEUTVIKLING_PG_PORT (default 5432);
#   3. creates the role and database `skoleutvikling_test` (password = name, CREATEDB so
#      tests may create a database per test class).
# Progress goes to stderr; stdout's only line is the `export ...` statement.
set -euo pipefail

# pg_ctlcluster, runuser and friends live in sbin, which a CI shell's PATH may lack.
export PATH="$PATH:/usr/sbin:/sbin"

PORT="${SKOLEUTVIKLING_PG_PORT:-5432}"
ROLE="skoleutvikling_test"
PASSWORD="skoleutvikling_test"
DATABASE="skoleutvikling_test"
CLUSTER="main"

log() { echo "postgres.sh: $*" >&2; }
fail() {
  echo "postgres.sh: ERROR: $*" >&2
  exit 1
}

[[ $(id -u) -eq 0 ]] || fail "run as root (apt-get and pg_ctlcluster need it)"

newest_version() {
  ls /usr/lib/postgresql 2>/dev/null | grep -E '^[0-9]+$' | sort -n | tail -1
}

as_postgres() { runuser -u postgres -- "$@"; }

VERSION="$(newest_version || true)"
if [[ -z "$VERSION" || ! -x "/usr/lib/postgresql/$VERSION/bin/postgres" ]]; then
  log "PostgreSQL server not found, installing it with apt"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -q >&2 || fail "apt-get update failed"
  apt-get install -y -q --no-install-recommends postgresql postgresql-contrib >&2 \
    || fail "apt-get install postgresql failed"
  VERSION="$(newest_version || true)"
  [[ -n "$VERSION" ]] || fail "apt installed postgresql but no server version is in /usr/lib/postgresql"
fi

if ! pg_lsclusters -h "$VERSION" "$CLUSTER" >/dev/null 2>&1 \
  || [[ -z "$(pg_lsclusters -h "$VERSION" "$CLUSTER" 2>/dev/null)" ]]; then
  log "creating cluster $VERSION/$CLUSTER on port $PORT"
  pg_createcluster "$VERSION" "$CLUSTER" --port "$PORT" >&2 \
    || fail "pg_createcluster $VERSION $CLUSTER failed"
fi

# Our settings live in their own conf.d file (read after postgresql.conf, so they win).
conf_file="/etc/postgresql/$VERSION/$CLUSTER/conf.d/skoleutvikling.conf"
wanted="$(printf "# Written by scripts/postgres.sh\nport = %s\nlisten_addresses = '127.0.0.1'\n" "$PORT")"
restart_needed=0
if [[ ! -f "$conf_file" || "$(cat "$conf_file")" != "$wanted" ]]; then
  mkdir -p "$(dirname "$conf_file")"
  printf '%s\n' "$wanted" >"$conf_file"
  # pg_lsclusters and pg_ctlcluster read the port from postgresql.conf itself.
  sed -i -E "s/^[#[:space:]]*port[[:space:]]*=.*/port = $PORT/" "/etc/postgresql/$VERSION/$CLUSTER/postgresql.conf"
  restart_needed=1
fi

status="$(pg_lsclusters -h "$VERSION" "$CLUSTER" | awk '{print $4}')"
if [[ "$status" == online* && $restart_needed -eq 1 ]]; then
  log "restarting cluster $VERSION/$CLUSTER to apply port/listen_addresses"
  pg_ctlcluster "$VERSION" "$CLUSTER" restart >&2 \
    || fail "PostgreSQL $VERSION/$CLUSTER did not restart on 127.0.0.1:$PORT (see /var/log/postgresql/postgresql-$VERSION-$CLUSTER.log)"
elif [[ "$status" != online* ]]; then
  log "starting cluster $VERSION/$CLUSTER on 127.0.0.1:$PORT"
  if ! pg_ctlcluster "$VERSION" "$CLUSTER" start >&2; then
    fail "PostgreSQL $VERSION/$CLUSTER did not start on 127.0.0.1:$PORT (is the port taken? see /var/log/postgresql/postgresql-$VERSION-$CLUSTER.log)"
  fi
fi

# Wait (bounded) until the server accepts connections.
for _ in $(seq 1 60); do
  if pg_isready -q -h 127.0.0.1 -p "$PORT"; then break; fi
  sleep 0.5
done
pg_isready -q -h 127.0.0.1 -p "$PORT" \
  || fail "PostgreSQL is not accepting connections on 127.0.0.1:$PORT after 30 s"

psql_admin() { as_postgres psql -X -q -v ON_ERROR_STOP=1 -p "$PORT" -d postgres "$@"; }

role_exists="$(psql_admin -tAc "select 1 from pg_roles where rolname = '$ROLE'")" \
  || fail "cannot query PostgreSQL on port $PORT as the postgres user"
if [[ "$role_exists" != "1" ]]; then
  log "creating role $ROLE"
  psql_admin -c "create role $ROLE login createdb password '$PASSWORD'" >&2
fi
database_exists="$(psql_admin -tAc "select 1 from pg_database where datname = '$DATABASE'")" \
  || fail "cannot query PostgreSQL on port $PORT as the postgres user"
if [[ "$database_exists" != "1" ]]; then
  log "creating database $DATABASE"
  psql_admin -c "create database $DATABASE owner $ROLE" >&2
fi

CONNECTION="Host=127.0.0.1;Port=$PORT;Username=$ROLE;Password=$PASSWORD;Database=$DATABASE"
PGPASSWORD="$PASSWORD" psql -X -q -h 127.0.0.1 -p "$PORT" -U "$ROLE" -d "$DATABASE" -tAc "select 1" >/dev/null \
  || fail "cannot log in as $ROLE on 127.0.0.1:$PORT"

log "ready: PostgreSQL $VERSION on 127.0.0.1:$PORT, database $DATABASE"
echo "export SKOLEUTVIKLING_TEST_POSTGRES='$CONNECTION'"
