#!/usr/bin/env bash
# One AFL++ campaign over one target: fuzz/campaign.sh TARGET SECONDS WORKDIR [BIN]
# Seeds: fuzz/corpus/TARGET. Findings: WORKDIR/out/default/{crashes,hangs,queue}, figures in .../fuzzer_stats,
# afl-fuzz's log in WORKDIR/afl.log. BIN is the instrumented build (fuzz/build.sh; default .ci/out/fuzz/bin).
# Memory: the .NET heap is capped at 1 GiB (DOTNET_GCHeapHardLimit), so an input that makes a reader allocate without
# bound ends in OutOfMemoryException, a crash; afl's own limit is off (-m none: the runtime reserves far more
# address space than it uses). Time: -t (FUZZ_AFL_TIMEOUT_MS, 5000 by default) per input; longer is a hang.
set -euo pipefail
cd "$(dirname "$0")/.."
target=$1 seconds=$2 work=$3 bin=${4:-.ci/out/fuzz/bin}
mkdir -p "$work"
export AFL_SKIP_CPUFREQ=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1 AFL_NO_AFFINITY=1 AFL_SKIP_BIN_CHECK=1 AFL_NO_UI=1
export DOTNET_GCHeapHardLimit=0x40000000 DOTNET_CLI_TELEMETRY_OPTOUT=1
# A campaign that is resumed keeps its queue: "-i -" continues WORKDIR/out.
input=fuzz/corpus/$target
[ -d "$work/out/default/queue" ] && [ "${FUZZ_RESUME:-0}" = 1 ] && input=-
run() {
  afl-fuzz -i "$input" -o "$work/out" -t "${FUZZ_AFL_TIMEOUT_MS:-5000}" -m none -V "$seconds" \
    -- "$(realpath "$bin")/BudgetModel.Fuzz" "$target" > "$work/afl.log" 2>&1
}
# afl-fuzz's dry run can see no coverage from the first seed when four campaigns start at once on two cores ("No
# instrumentation detected", seen once in a CI run; the same build fuzzed normally on the next run): start a fresh
# campaign once more before calling it a failure. Any other abort fails at once.
if ! run; then
  grep -q "No instrumentation detected" "$work/afl.log" && [ "$input" != - ] || exit 1
  mv "$work/afl.log" "$work/afl.first-start.log"
  rm -rf "$work/out"
  sleep 3
  run
fi
