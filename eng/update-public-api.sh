#!/usr/bin/env bash
# Regenerates PublicAPI.Unshipped.txt of the library projects from their current public surface, with the
# PublicApiAnalyzers code fix run from the command line (dotnet format), then sorts each list (ordinal) so that
# diffs stay readable. PublicAPI.Shipped.txt is never touched: at a release, move the Unshipped lines into it by hand.
#
#   eng/update-public-api.sh           regenerate the lists
#   eng/update-public-api.sh --check   change nothing; exit 1 when a list is stale (RS0016/RS0017 would fire)
#
# RS0016: a public symbol is missing from the lists (the fix adds it to Unshipped).
# RS0017: a listed symbol no longer exists (the fix removes it).
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

projects=(
  src/BudgetModel/BudgetModel.csproj
  src/BudgetModel.Testing/BudgetModel.Testing.csproj
  src/BudgetModel.Import/BudgetModel.Import.csproj
  src/BudgetModel.Reports/BudgetModel.Reports.csproj
  src/BudgetModel.Export/BudgetModel.Export.csproj
)
check=false
[ "${1:-}" = "--check" ] && check=true

status=0
for project in "${projects[@]}"; do
  dir=$(dirname "$project")
  for list in PublicAPI.Shipped.txt PublicAPI.Unshipped.txt; do
    # The analyzer needs both files, each starting with '#nullable enable' (else RS0037).
    [ -f "$dir/$list" ] || { $check && { echo "missing: $dir/$list"; status=1; continue; }; printf '#nullable enable\n' > "$dir/$list"; }
  done
  if $check; then
    if ! dotnet format analyzers "$project" --diagnostics RS0016 RS0017 --severity info --verify-no-changes >/dev/null 2>&1; then
      echo "stale: $dir/PublicAPI.Unshipped.txt (run eng/update-public-api.sh)"
      status=1
    fi
    continue
  fi
  # The code fix can leave symbols out on a first pass (members synthesised for records, seen here): run it until
  # the list verifies, three passes at most.
  for pass in 1 2 3; do
    dotnet format analyzers "$project" --diagnostics RS0016 RS0017 --severity info
    dotnet format analyzers "$project" --diagnostics RS0016 RS0017 --severity info --verify-no-changes >/dev/null 2>&1 && break
  done
  unshipped="$dir/PublicAPI.Unshipped.txt"
  {
    echo '#nullable enable'
    grep -v -x -e '#nullable enable' -e '' "$unshipped" | LC_ALL=C sort -u || true
  } > "$unshipped.tmp"
  mv "$unshipped.tmp" "$unshipped"
  echo "$unshipped: $(($(wc -l < "$unshipped") - 1)) entries"
done
exit $status
