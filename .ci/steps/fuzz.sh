#!/usr/bin/env bash
# CI step: a short fuzzing run of every target (docs/fuzzing.md). Builds and instruments the targets (fuzz/build.sh),
# replays each target's corpus (fuzz/corpus/TARGET: the seeds and the minimised inputs of past crashes), checks that a
# crash is reported at all (the selftest target's crashing seed must make afl-fuzz refuse it), then runs AFL++ on
# every target for FUZZ_CI_SECONDS (30 by default), all four at once (afl's startup and calibration of a .NET target
# take 10-20 s each; in parallel they overlap). Exits non-zero when a corpus input breaks a
# target's contract, or afl-fuzz saved a crash, or a hang that replays as a hang (an input over the time limit again
# outside afl, with 30 s: a busy machine alone does not fail the step).
# AFL++ is Debian's afl++; when it is missing and cannot be installed, the step falls back to the corpus replay and a
# bounded in-process random mutation loop per target (much weaker, and says so).
# Budget: under 3 minutes on 2 cores when the solution is already built (.ci/run builds it first): build and
# instrument about 60 s, replay 15 s, fuzzing about 45 s; afl++ already installed. Each phase prints its time.
set -uo pipefail
cd "$(dirname "$0")/../.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
out=.ci/out/fuzz
bin=$out/bin
per=${FUZZ_CI_SECONDS:-30}
targets=(text pdf json parsers)
start=$SECONDS
rm -rf "$out" && mkdir -p "$out"
fail() { echo "fuzz: FAILED, $* ($((SECONDS - start)) s; logs in $out)"; exit 1; }

if ! command -v afl-fuzz > /dev/null && [ "$(id -u)" = 0 ] && command -v apt-get > /dev/null; then
  echo "fuzz: installing afl++ (apt-get)"
  { timeout 240 apt-get install -y afl++ || { timeout 120 apt-get update && timeout 240 apt-get install -y afl++; }; } > "$out/apt.log" 2>&1
fi
afl=0
command -v afl-fuzz > /dev/null && afl=1

bash fuzz/build.sh "$bin" || fail "the fuzz targets do not build"
echo "fuzz: built and instrumented ($((SECONDS - start)) s)"

for t in "${targets[@]}"; do
  "$bin/BudgetModel.Fuzz" "$t" --replay "fuzz/corpus/$t" > "$out/replay-$t.log" 2>&1 || { cat "$out/replay-$t.log"; fail "the corpus of $t breaks the contract"; }
  tail -n 1 "$out/replay-$t.log"
done

if [ "$afl" = 0 ]; then
  echo "fuzz: AFL++ is not available: FALLBACK to corpus replay + ${per} s of in-process random mutation per target (blind, not coverage-guided)"
  for t in "${targets[@]}"; do
    "$bin/BudgetModel.Fuzz" "$t" --mutate "$per" "fuzz/corpus/$t" --out "$out/crashes" > "$out/mutate-$t.log" 2>&1 &
  done
  broken=0
  for job in $(jobs -p); do wait "$job" || broken=1; done
  for t in "${targets[@]}"; do tail -n 1 "$out/mutate-$t.log"; done
  [ "$broken" = 0 ] || { cat "$out"/mutate-*.log; fail "a target broke its contract under random mutation (input in $out/crashes)"; }
  echo "fuzz: passed (fallback mode, $((SECONDS - start)) s)"
  exit 0
fi

# The detector itself: afl-fuzz must see the selftest target's seed crash and refuse to start.
mkdir -p "$out/selftest/in" && printf 'crash' > "$out/selftest/in/crash"
AFL_SKIP_BIN_CHECK=1 AFL_NO_UI=1 AFL_SKIP_CPUFREQ=1 AFL_NO_AFFINITY=1 timeout 60 afl-fuzz -i "$out/selftest/in" -o "$out/selftest/out" \
  -t 10000 -m none -V 5 -- "$(realpath "$bin")/BudgetModel.Fuzz" selftest > "$out/selftest.log" 2>&1
grep -q "results in a crash" "$out/selftest.log" || fail "afl-fuzz did not report the selftest target's deliberate crash"
echo "fuzz: selftest crash detected by afl-fuzz"

export FUZZ_AFL_TIMEOUT_MS=${FUZZ_AFL_TIMEOUT_MS:-10000}
for t in "${targets[@]}"; do bash fuzz/campaign.sh "$t" "$per" "$out/afl-$t" "$bin" & done
wait
echo "fuzz: afl-fuzz ran ${per} s per target ($((SECONDS - start)) s)"

status=0
for t in "${targets[@]}"; do
  stats=$out/afl-$t/out/default/fuzzer_stats
  [ -f "$stats" ] || { tail -n 20 "$out/afl-$t/afl.log"; fail "afl-fuzz did not run on $t"; }
  field() { awk -F' *: *' -v k="$1" '$1 == k { print $2 }' "$stats"; }
  crashes=$(find "$out/afl-$t/out/default/crashes" -type f -name 'id:*' | wc -l)
  hangs=0
  for h in $(find "$out/afl-$t/out/default/hangs" -type f -name 'id:*'); do
    FUZZ_TIMEOUT_MS=30000 "$bin/BudgetModel.Fuzz" "$t" --replay "$h" >> "$out/hang-replay-$t.log" 2>&1 || hangs=$((hangs + 1))
  done
  echo "fuzz: $t: $(field execs_done) executions ($(field execs_per_sec)/s), $(field edges_found) edges, $crashes crashes, $hangs confirmed hangs"
  if [ "$crashes" -gt 0 ] || [ "$hangs" -gt 0 ]; then
    status=1
    for c in $(find "$out/afl-$t/out/default/crashes" -type f -name 'id:*'); do "$bin/BudgetModel.Fuzz" "$t" --replay "$c" | head -n 12; done
  fi
done
[ "$status" = 0 ] || fail "a target crashed or hung (inputs in $out/afl-*/out/default/{crashes,hangs})"
echo "fuzz: passed ($((SECONDS - start)) s)"
