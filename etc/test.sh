#!/usr/bin/env bash
# Runs every test of Minor.Platform on a fresh machine: installs PostgreSQL 15 and Chromium from Debian's packages
# when they are missing, starts a throw-away PostgreSQL server on a free loopback port, runs `dotnet test` on the
# solution and ends with one line: "N passed, N failed, N skipped".
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

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
need_package /usr/bin/chromium chromium
need_package /usr/bin/qpdf qpdf

# A private PostgreSQL cluster for this run only, gone when the script ends.
pg_dir=$(mktemp -d /tmp/minor-pg.XXXXXX)
port=54329
while (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do port=$((port + 1)); done
run_pg() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
if [ "$(id -u)" -eq 0 ]; then chown postgres "$pg_dir"; fi
run_pg "$pg_bin/initdb" -D "$pg_dir/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >/dev/null
run_pg "$pg_bin/pg_ctl" -D "$pg_dir/data" -l "$pg_dir/log" -w start \
  -o "-c listen_addresses=127.0.0.1 -p $port -k $pg_dir -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300" >/dev/null
cleanup() { run_pg "$pg_bin/pg_ctl" -D "$pg_dir/data" -m immediate stop >/dev/null 2>&1 || true; rm -rf "$pg_dir"; }
trap cleanup EXIT

export MINOR_TEST_POSTGRES="Host=127.0.0.1;Port=$port;Username=postgres;Include Error Detail=true"
export MINOR_TEST_CHROMIUM=/usr/bin/chromium
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

log=$(mktemp /tmp/minor-test.XXXXXX.log)
status=0
dotnet test "$root/Minor.Platform.sln" "$@" 2>&1 | tee "$log" || status=$?

# dotnet test prints one summary line per test project; add them up into one.
awk '
  /^(Passed|Failed)! +- +Failed: +[0-9]+, +Passed: +[0-9]+, +Skipped: +[0-9]+/ {
    gsub(",", ""); for (i = 1; i <= NF; i++) { if ($i == "Failed:") f += $(i+1); if ($i == "Passed:") p += $(i+1); if ($i == "Skipped:") s += $(i+1) }
    projects++
  }
  END { printf "%d passed, %d failed, %d skipped\n", p, f, s; if (projects == 0) exit 1 }
' "$log" || status=1
rm -f "$log"
exit $status
