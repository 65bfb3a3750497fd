#!/usr/bin/env bash
# Package test, run by .ci/run after the tests (and by hand: bash .ci/steps/package.sh). It
#  1. packs the solution into a fresh local feed folder,
#  2. opens every .nupkg/.snupkg (zip files) and checks their files and metadata,
#  3. builds and runs tests/BudgetModel.PackageTests/ConsumerApp against that feed only (source mapping in its
#     NuGet.config), with the exact version just packed,
#  4. installs the tool BudgetModel.Cli from the feed and runs `budgetmodel check` on the embedded sample, which
#     must exit exactly 1 (the seed has error findings), then `budgetmodel check --format json`, whose output must
#     be the JSON report (one file: "file" and the library's "report" with findings and summary),
#  5. publishes tests/BudgetModel.AotSmoke with native AOT and runs the binary (needs gcc or clang, which the
#     machine image has; skipped, and said so, where neither is on PATH).
# Stale packages: the global package folder's budgetmodel* entries are deleted first, so the consumer gets the
# packages just packed, never an older extraction of the same version.
# Ends with one summary line.
set -uo pipefail
cd "$(dirname "$0")/../.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
started=$SECONDS
work=$(mktemp -d "${TMPDIR:-/tmp}/budgetmodel-package.XXXXXX")
trap 'rm -rf "$work"' EXIT
feed=$work/feed
problems=()
notes=()

problem() { problems+=("$1"); echo "package: NOT OK: $1"; }
# run LABEL LOG CMD...: runs a command with its output in LOG; on failure shows the end of LOG.
run() {
  local label=$1 log=$2; shift 2
  if "$@" >"$log" 2>&1; then return 0; fi
  problem "$label failed (exit $?)"; tail -n 25 "$log" | sed 's/^/    /'; return 1
}

version=$(dotnet msbuild src/BudgetModel/BudgetModel.csproj -getProperty:PackageVersion -p:Configuration=Release 2>/dev/null | tr -d '[:space:]')
if [ -z "$version" ]; then echo "package: could not read the package version"; exit 1; fi
ids=(BudgetModel BudgetModel.Testing BudgetModel.Import BudgetModel.Reports BudgetModel.Export BudgetModel.Cli)

global_packages=${NUGET_PACKAGES:-$HOME/.nuget/packages}
for id in "${ids[@]}"; do rm -rf "$global_packages/${id,,}"; done

echo "package: packing $version"
run "dotnet pack" "$work/pack.log" dotnet pack BudgetModel.sln -c Release -o "$feed" || { echo "package: FAILED at pack"; exit 1; }

# Inspect what was packed.
for id in "${ids[@]}"; do
  nupkg=$feed/$id.$version.nupkg snupkg=$feed/$id.$version.snupkg
  if [ ! -f "$nupkg" ]; then problem "$id: $id.$version.nupkg was not produced"; continue; fi
  files=$(unzip -Z1 "$nupkg")
  nuspec=$(unzip -p "$nupkg" "$id.nuspec" | tr -d '\r')
  has_file() { grep -qxF "$1" <<<"$files" || problem "$id: $1 is not in the package"; }
  has_meta() { grep -qE "$1" <<<"$nuspec" || problem "$id: nuspec lacks $2"; }
  has_file README.md
  if [ "$id" = BudgetModel.Cli ]; then
    has_file tools/net10.0/any/BudgetModel.Cli.dll
    has_file tools/net10.0/any/DotnetToolSettings.xml
    has_meta '<packageType name="DotnetTool"' "the DotnetTool package type"
  else
    has_file "lib/net10.0/$id.dll"
    has_file "lib/net10.0/$id.xml"
  fi
  has_meta "<id>$id</id>" "id $id"
  has_meta "<version>$version</version>" "version $version"
  has_meta '<authors>[^<]+</authors>' "authors"
  has_meta '<description>[^<]{20,}</description>' "a description"
  has_meta '<tags>[^<]+</tags>' "tags"
  has_meta '<license type="expression">MIT</license>' "the MIT licence expression"
  has_meta '<readme>README.md</readme>' "the readme"
  has_meta '<releaseNotes>[^<]+</releaseNotes>' "release notes"
  has_meta '<repository type="git" url="https://[^"]+"[^>]* commit="[0-9a-f]{40}"' "repository url and commit"
  if [ ! -f "$snupkg" ]; then problem "$id: no symbol package $id.$version.snupkg"; continue; fi
  [ "$id" = BudgetModel.Cli ] && pdb=tools/net10.0/any/BudgetModel.Cli.pdb || pdb=lib/net10.0/$id.pdb
  # The listing is taken whole first: with pipefail, `unzip | grep -q` fails at random when grep exits early (SIGPIPE).
  symbols=$(unzip -Z1 "$snupkg")
  if ! grep -qxF "$pdb" <<<"$symbols"; then problem "$id: $pdb is not in the symbol package"; continue; fi
  unzip -p "$snupkg" "$pdb" > "$work/check.pdb"
  grep -qa 'raw.githubusercontent.com/' "$work/check.pdb" || problem "$id: the PDB has no Source Link"
  if [ "${CI:-}" = true ] && grep -qaF "$PWD/" "$work/check.pdb"; then
    problem "$id: the PDB keeps build paths although CI=true (ContinuousIntegrationBuild)"
  fi
done
echo "package: inspected ${#ids[@]} packages and their symbol packages"

# A fresh consumer app, next to the feed, restoring BudgetModel* from the feed only.
consumer=$work/consumer
mkdir -p "$consumer"
cp tests/BudgetModel.PackageTests/ConsumerApp/*.cs tests/BudgetModel.PackageTests/ConsumerApp/*.csproj \
   tests/BudgetModel.PackageTests/ConsumerApp/*.props tests/BudgetModel.PackageTests/ConsumerApp/NuGet.config "$consumer/"
if run "consumer build" "$work/consumer.log" dotnet build "$consumer" -c Release -p:BudgetModelVersion="$version" -o "$work/consumer-bin"; then
  for id in BudgetModel BudgetModel.Import; do
    grep -qF "\"source\": \"$feed" "$global_packages/${id,,}/$version/.nupkg.metadata" 2>/dev/null \
      || problem "consumer: $id $version was not restored from the local feed"
  done
  dotnet "$work/consumer-bin/ConsumerApp.dll" || problem "consumer app exited $?"
fi

# The tool, installed from the feed.
if run "tool install" "$work/tool.log" dotnet tool install --tool-path "$work/tools" --add-source "$feed" BudgetModel.Cli --version "$version"; then
  "$work/tools/budgetmodel" check >"$work/check.out" 2>&1
  rc=$?
  sed -n '1,3p' "$work/check.out" | sed 's/^/    /'
  if [ $rc -eq 1 ]; then
    notes+=("budgetmodel check exit 1 on the sample")
  else
    problem "budgetmodel check exited $rc on the sample (1 expected: the seed has error findings)"; tail -n 15 "$work/check.out" | sed 's/^/    /'
  fi
  "$work/tools/budgetmodel" check --format json >"$work/check.json" 2>"$work/check-json.err"
  rc=$?
  [ $rc -eq 1 ] || problem "budgetmodel check --format json exited $rc on the sample (1 expected)"
  if command -v python3 >/dev/null; then
    if ! python3 - "$work/check.json" <<'PY'
import json, sys
doc = json.load(open(sys.argv[1], encoding="utf-8"))
report = doc["report"]
assert isinstance(doc["file"], str) and report["formatVersion"] == "1.0", "file and report.formatVersion"
counts = {s: sum(1 for f in report["findings"] if f["severity"] == s) for s in ("error", "warning", "info")}
summary = report["summary"]
assert (summary["errors"], summary["warnings"], summary["infos"]) == (counts["error"], counts["warning"], counts["info"]), "summary agrees with the findings"
assert summary["errors"] > 0, "the sample has error findings"
print(f"    check --format json: {len(report['findings'])} findings, summary {summary}")
PY
    then
      problem "budgetmodel check --format json did not print the documented JSON report"; head -c 600 "$work/check.json" | sed 's/^/    /'
    fi
  else
    notes+=("check --format json not parsed: python3 not on PATH")
  fi
fi

# Native AOT: publish the smoke app and run the native binary.
if command -v clang >/dev/null || command -v gcc >/dev/null; then
  if run "native AOT publish" "$work/aot.log" dotnet publish tests/BudgetModel.AotSmoke -c Release -r linux-x64 -o "$work/aot"; then
    "$work/aot/BudgetModel.AotSmoke" || problem "the native AOT smoke app exited $?"
    notes+=("native AOT ok")
  fi
else
  notes+=("native AOT skipped: neither clang nor gcc on PATH")
fi

elapsed=$((SECONDS - started))
summary=$(printf '%s; ' "${notes[@]}"); summary=${summary%; }
if [ ${#problems[@]} -eq 0 ]; then
  echo "package: OK: BudgetModel $version packed, inspected, consumed and installed from a local feed (${summary}) in ${elapsed}s"
  exit 0
fi
summary=$(printf '%s; ' "${problems[@]}"); summary=${summary%; }
echo "package: FAILED with ${#problems[@]} problem(s) in ${elapsed}s: ${summary}"
exit 1
