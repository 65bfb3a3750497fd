#!/usr/bin/env bash
# CI step: run every benchmark exactly once (BenchmarkDotNet's Dry job, in process) so that the benchmarks
# never rot: each one must still compile, pass its [GlobalSetup] checks and run without an exception.
# Nothing is measured here (see docs/benchmarks.md for real runs). Exits non-zero when any benchmark fails.
# The validation group runs on the seed and one generated disclosure of 1,000 rows (BUDGETMODEL_BENCHMARK_ROWS); the
# PDF folder group on three of the fifteen corpus PDFs (BUDGETMODEL_BENCHMARK_PDF_FOLDER: Beijing's tables + notes pair,
# read as one disclosure, and the smallest single file), because all fifteen take about 30 s even once.
#
# BenchmarkDotNet exits 0 even when a benchmark throws, so the log is checked instead: every benchmark case it
# found ("Found N benchmark(s) in total", one per method and parameter value, at least one per method that
# `--list flat` names) must be counted in "executed benchmarks", and no "Benchmarks with issues:" may appear.
# In process (--inProcess) because building BenchmarkDotNet's generated out-of-process project takes one to
# two minutes on a busy 2-core machine; the real runs use the default out-of-process toolchain.
set -uo pipefail
cd "$(dirname "$0")/../.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

project=benchmarks/BudgetModel.Benchmarks
dll=$project/bin/Release/net10.0/BudgetModel.Benchmarks.dll
mkdir -p .ci/out
log=.ci/out/benchmarks-smoke.log
work=$(mktemp -d "${TMPDIR:-/tmp}/benchmarks-smoke.XXXXXX")
trap 'rm -rf "$work"' EXIT
start=$SECONDS

fail() {
  echo "benchmarks smoke: FAILED, $* ($((SECONDS - start)) s; full log in $log)"
  exit 1
}

# Incremental: CI has already built the solution in Release.
if ! dotnet build "$project" -c Release --nologo -v quiet >"$work/build.log" 2>&1; then
  tail -n 30 "$work/build.log"
  cp "$work/build.log" "$log"
  fail "the benchmark project does not build"
fi

methods=$(dotnet "$dll" --list flat 2>&1 | grep -c '^BudgetModel\.' || true)
[ "${methods:-0}" -gt 0 ] || fail "--list flat found no benchmarks"

corpus=$project/bin/Release/net10.0/Fixtures/corpus
mkdir -p "$work/pdf-folder"
cp "$corpus"/beijing-audit-2026-dept-budget-*.pdf "$corpus"/shanghai-ocean-monitoring-centre-2026-unit-budget.pdf "$work/pdf-folder/" \
  || fail "the corpus PDFs are not in $corpus"

BUDGETMODEL_BENCHMARK_ROWS=1000 BUDGETMODEL_BENCHMARK_UNKNOWN_ROWS=1000 BUDGETMODEL_BENCHMARK_PDF_FOLDER="$work/pdf-folder" timeout 150 dotnet "$dll" --filter '*' --job Dry --inProcess --artifacts "$work/artifacts" >"$log" 2>&1
rc=$?
[ "$rc" -eq 124 ] && fail "the run took longer than 150 s"

expected=$(grep -Eo 'Found [0-9]+ benchmark\(s\) in total' "$log" | grep -Eo '[0-9]+' | head -n 1)
executed=$(grep -Eo 'Global total time: .*executed benchmarks: [0-9]+' "$log" | grep -Eo '[0-9]+$' | tail -n 1)
# The names listed under each "Benchmarks with issues:" heading, up to the next blank line.
broken=$(awk '/^Benchmarks with issues:/ {inside = 1; next} inside && NF == 0 {inside = 0} inside {sub(/^ +/, ""); sub(/:.*/, ""); print}' "$log" | sort -u)

if [ -n "$broken" ]; then
  echo "$broken" | sed 's/^/  benchmark with issues: /'
  grep -E -m 5 -- '---> |^System\.[A-Za-z.]*Exception' "$log" | sed 's/^/  /'
  fail "$(echo "$broken" | wc -l) benchmark cases have issues"
fi
[ "$rc" -eq 0 ] || { tail -n 20 "$log"; fail "BenchmarkDotNet exited with code $rc"; }
[ -n "$executed" ] && [ -n "$expected" ] || { tail -n 20 "$log"; fail "no benchmark totals in the log"; }
[ "$expected" -ge "$methods" ] || fail "BenchmarkDotNet found $expected cases for $methods benchmark methods"
[ "$executed" -eq "$expected" ] || fail "$executed of $expected benchmark cases ran"

echo "benchmarks smoke: all $expected cases of $methods benchmark methods ran once (Dry job, in process) in $((SECONDS - start)) s"
