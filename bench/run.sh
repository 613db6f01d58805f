#!/usr/bin/env bash
# Runs the certificate benchmarks on this machine: BenchmarkDotNet render benchmarks (SkiaSharp certificate and
# transcript against Chromium printing HTML) and the end-to-end bulk issue of N certificates (default 1000) through
# Hangfire on a throw-away PostgreSQL. Usage: bash bench/run.sh [N]
# The deadline rush (N students hand in a file of MB each within a minute, default 200 and 1): bash bench/run.sh rush [N] [MB]
# Pages at national scale (data generator, then every page at concurrency 1 and 16): bash bench/run.sh pages S|M|L
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
# shellcheck source=../etc/start-postgres.sh
source "$root/etc/start-postgres.sh"
need_package /usr/bin/chromium chromium
export MINOR_TEST_CHROMIUM=/usr/bin/chromium DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

dotnet build -c Release bench/Minor.Platform.Benchmarks >/dev/null
bench="dotnet run --no-build -c Release --project bench/Minor.Platform.Benchmarks --"
case "${1:-}" in
  rush) $bench rush "${2:-200}" "${3:-1}" ;;
  pages) $bench pages "${2:-M}" ${3:+"$3"} ;;
  *) $bench render --filter '*'; $bench e2e "${1:-1000}" ;;
esac
