#!/usr/bin/env bash
# Sourced by etc/test.sh and bench/run.sh: installs PostgreSQL 15 (and what else `need_package` is asked for) from
# Debian's packages when missing, starts a private cluster on a free loopback port for this run only, removes it when
# the calling script exits, and exports MINOR_TEST_POSTGRES (a connection string without a database).
# Durability is off (fsync, synchronous_commit): the data is thrown away at the end.

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }
apt_updated=""
need_package() {  # need_package <command-or-file> <debian-package>
  if [ ! -e "$1" ] && ! command -v "$1" >/dev/null 2>&1; then
    if [ -z "$apt_updated" ]; then as_root apt-get update -qq; apt_updated=1; fi
    echo "Installing $2 from Debian's packages..."
    DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq "$2" >/dev/null
  fi
}

pg_bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
if [ -z "$pg_bin" ] || [ ! -x "$pg_bin/initdb" ]; then
  need_package /usr/lib/postgresql/15/bin/initdb postgresql-15
  pg_bin=/usr/lib/postgresql/15/bin
fi

pg_dir=$(mktemp -d /tmp/minor-pg.XXXXXX)
pg_port=54329
while (exec 3<>"/dev/tcp/127.0.0.1/$pg_port") 2>/dev/null; do pg_port=$((pg_port + 1)); done
run_pg() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
if [ "$(id -u)" -eq 0 ]; then chown postgres "$pg_dir"; fi
run_pg "$pg_bin/initdb" -D "$pg_dir/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >/dev/null
run_pg "$pg_bin/pg_ctl" -D "$pg_dir/data" -l "$pg_dir/log" -w start \
  -o "-c listen_addresses=127.0.0.1 -p $pg_port -k $pg_dir -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300" >/dev/null
stop_postgres() { run_pg "$pg_bin/pg_ctl" -D "$pg_dir/data" -m immediate stop >/dev/null 2>&1 || true; rm -rf "$pg_dir"; }
trap stop_postgres EXIT

export MINOR_TEST_POSTGRES="Host=127.0.0.1;Port=$pg_port;Username=postgres;Include Error Detail=true"
