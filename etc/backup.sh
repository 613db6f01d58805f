#!/usr/bin/env bash
# Backs up a Minor.Platform installation: the PostgreSQL database (every module's schema and Hangfire's, in pg_dump's
# custom format) and the data folder's files (hand-ins, evidence, certificate PDFs). Run it from cron, for example
# nightly, and keep the result off the machine.
#   usage: bash etc/backup.sh <postgresql-uri> <data-folder> <backup-folder>
#   e.g.   bash etc/backup.sh postgresql://minor@db.example.nl/minor /srv/minor/data /backups/minor-$(date +%F)
# The database and the files are taken one after the other; a certificate or hand-in made in between is in the
# database dump or the files but not both, and the reconciliation job re-renders a certificate whose file is missing.
set -euo pipefail
if [ $# -ne 3 ]; then echo "usage: $0 <postgresql-uri> <data-folder> <backup-folder>" >&2; exit 2; fi
uri=$1 data=$2 target=$3
pg_tool() { if command -v "$1" >/dev/null 2>&1; then echo "$1"; else ls -d /usr/lib/postgresql/*/bin/"$1" | sort -V | tail -n 1; fi; }
mkdir -p "$target"
"$(pg_tool pg_dump)" --format=custom --no-owner --file="$target/minor.dump" "$uri"
if [ -d "$data/blobs" ]; then tar -C "$data" -czf "$target/blobs.tar.gz" blobs; fi
echo "Backed up to $target"
