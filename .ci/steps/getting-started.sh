#!/usr/bin/env bash
# The new-user path of docs/getting-started.md, run as written: the shell block between the "begin: new-user path" and
# "end: new-user path" markers runs in an empty temporary folder, with one change only: `git clone` of GitHub becomes
# a clone of this repository (its committed HEAD), so the path is tested at the commit CI builds. It packs BudgetModel
# and BudgetModel.Import into a local feed, makes a console app whose nuget.config adds that feed, adds both packages
# and runs the app, which must print the sample's report (the rule id BM-PERF-COST among its errors). Fails when a
# step of the guide fails or the output is not the report.
# Stale packages: the global package folder's budgetmodel entries are removed first (as package.sh does), so the app
# gets the packages just packed.
set -uo pipefail
cd "$(dirname "$0")/../.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
repo=$PWD
started=$SECONDS
work=$(mktemp -d "${TMPDIR:-/tmp}/budgetmodel-getting-started.XXXXXX")
trap 'rm -rf "$work"' EXIT

block=$(awk '/<!-- begin: new-user path/{on=1; next} /<!-- end: new-user path/{on=0} on' docs/getting-started.md \
  | awk '/^```sh$/{on=1; next} /^```$/{on=0} on')
if [ -z "$block" ] || ! grep -q '^git clone https://github.com/budgetmodel/budgetmodel.git$' <<<"$block"; then
  echo "getting-started: docs/getting-started.md has no new-user block starting with the git clone"; exit 1
fi
block=${block/git clone https:\/\/github.com\/budgetmodel\/budgetmodel.git/git clone --quiet "$repo" budgetmodel}

global_packages=${NUGET_PACKAGES:-$HOME/.nuget/packages}
rm -rf "$global_packages/budgetmodel" "$global_packages/budgetmodel.import"

cd "$work"
if ! bash -euo pipefail -c "$block" >"$work/out.log" 2>&1; then
  echo "getting-started: NOT OK: the guide's new-user path failed"; tail -n 30 "$work/out.log" | sed 's/^/    /'; exit 1
fi
if ! grep -q "BM-PERF-COST" "$work/out.log" || ! grep -qE "[0-9]+ errors?" "$work/out.log"; then
  echo "getting-started: NOT OK: the app did not print the sample's report"; tail -n 30 "$work/out.log" | sed 's/^/    /'; exit 1
fi
echo "getting-started: OK, the guide's new-user path from a local feed ($((SECONDS - started)) s)"
