#!/usr/bin/env bash
# Runs every test of Minor.Platform on a fresh machine: installs PostgreSQL 15 and Chromium from Debian's packages
# and the test OpenID Provider's npm packages when they are missing, starts a throw-away PostgreSQL server on a free loopback port, runs `dotnet test` on the
# solution and ends with one line: "N passed, N failed, N skipped".
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

# shellcheck source=start-postgres.sh
source "$root/etc/start-postgres.sh"
need_package /usr/bin/chromium chromium
need_package /usr/bin/qpdf qpdf

# The test OpenID Providers that stand in for SURFconext and eduID (npm oidc-provider, etc/dev-idp).
if [ ! -d "$root/etc/dev-idp/node_modules/oidc-provider" ]; then
  npm ci --prefix "$root/etc/dev-idp" --no-audit --no-fund --loglevel=error
fi

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
