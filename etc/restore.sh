#!/usr/bin/env bash
# Restores a backup made by etc/backup.sh into an empty database and an empty data folder; start the platform on
# them afterwards (it applies any newer migrations itself).
#   usage: bash etc/restore.sh <backup-folder> <postgresql-uri-of-an-empty-database> <data-folder>
set -euo pipefail
if [ $# -ne 3 ]; then echo "usage: $0 <backup-folder> <postgresql-uri-of-an-empty-database> <data-folder>" >&2; exit 2; fi
source=$1 uri=$2 data=$3
pg_tool() { if command -v "$1" >/dev/null 2>&1; then echo "$1"; else ls -d /usr/lib/postgresql/*/bin/"$1" | sort -V | tail -n 1; fi; }
"$(pg_tool pg_restore)" --no-owner --exit-on-error --dbname="$uri" "$source/minor.dump"
mkdir -p "$data"
if [ -f "$source/blobs.tar.gz" ]; then tar -C "$data" -xzf "$source/blobs.tar.gz"; fi
echo "Restored $source"
