#!/usr/bin/env bash
# Adds an EF Core migration to one module's own schema: etc/add-migration.sh <Module> <MigrationName>
# e.g. etc/add-migration.sh Assessment AddRubrics. Uses the dotnet-ef version pinned in dotnet-tools.json.
set -euo pipefail
if [ $# -ne 2 ]; then echo "usage: $0 <Module> <MigrationName>" >&2; exit 2; fi
cd "$(dirname "$0")/.."
module=$1
project="src/Modules/$module/Minor.Platform.$module"
[ -d "$project" ] || { echo "No module $module under src/Modules" >&2; exit 2; }
dotnet tool restore >/dev/null
dotnet ef migrations add "$2" --project "$project" --startup-project "$project" --output-dir Data/Migrations
