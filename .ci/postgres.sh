# Sourced by .ci/run: starts a private PostgreSQL for the database tests (installing Debian's
# postgresql if the machine lacks it) and exports AUDITOR_TEST_PG_URL / AUDITOR_TEST_PG_USER.
# The cluster lives in a temporary folder on its own port and is stopped when the run ends.
pg_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1; }
if [ -z "$(pg_bin)" ]; then
  export DEBIAN_FRONTEND=noninteractive
  SUDO=""
  if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq postgresql >/dev/null
fi
PGBIN="$(pg_bin)"
PGDIR="$(mktemp -d /tmp/auditor-pg.XXXXXX)"
PGPORT=55432
as_pg() {
  # PostgreSQL refuses to run as root: root runs it as the postgres user the package created.
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}
if [ "$(id -u)" -eq 0 ]; then chown postgres:postgres "$PGDIR"; fi
as_pg "$PGBIN/initdb" -D "$PGDIR/data" -U auditor --auth=trust -E UTF8 --no-locale >/dev/null
as_pg "$PGBIN/pg_ctl" -D "$PGDIR/data" -l "$PGDIR/log" -w \
  -o "-p $PGPORT -k $PGDIR -c listen_addresses=127.0.0.1" start >/dev/null
trap 'as_pg "$PGBIN/pg_ctl" -D "$PGDIR/data" -m fast stop >/dev/null 2>&1 || true; rm -rf "$PGDIR"' EXIT
as_pg "$PGBIN/createdb" -h 127.0.0.1 -p "$PGPORT" -U auditor auditor_test
export AUDITOR_TEST_PG_URL="jdbc:postgresql://127.0.0.1:$PGPORT/auditor_test"
export AUDITOR_TEST_PG_USER="auditor"
echo "postgres: $("$PGBIN/postgres" --version) on port $PGPORT for the database tests"
