#!/usr/bin/env bash
# Builds the libFuzzer harnesses (release, -sanitize=fuzzer,address) into .build-fuzz and runs them.
#
#   Tests/Fuzz/run.sh --smoke                 every harness for 20 s, one after another (CI)
#   Tests/Fuzz/run.sh --runs 10000000         every harness for N executions, side by side
#   Tests/Fuzz/run.sh --time 3600 FuzzScan    the named harnesses for a time budget each
#
# Corpora grow in .build-fuzz/corpus/<Harness> (seeded by seed.sh on first use), crashing inputs
# land in .build-fuzz/artifacts/<Harness>/, logs in .build-fuzz/logs/<Harness>.log. Exits 1 when
# any harness reports a crash, a hang (-timeout=2), a leak or a sanitizer error.
set -euo pipefail
cd "$(dirname "$0")/../.."

harnesses_all=(FuzzDiff FuzzScan FuzzScenario FuzzReport FuzzTrace)
mode=smoke
limit=20
while [ $# -gt 0 ]; do
    case "$1" in
        --smoke) mode=smoke; limit=20 ;;
        --runs) mode=runs; limit=${2:?--runs needs a number}; shift ;;
        --time) mode=time; limit=${2:?--time needs seconds}; shift ;;
        -h | --help) sed -n '2,10p' "$0"; exit 0 ;;
        Fuzz*) harnesses+=("$1") ;;
        *) echo "run.sh: unknown argument '$1' (see --help)" >&2; exit 2 ;;
    esac
    shift
done
harnesses=("${harnesses[@]:-${harnesses_all[@]}}")

scratch=.build-fuzz
swift build -c release --package-path Tests/Fuzz --scratch-path "$scratch" \
    -Xswiftc -sanitize=fuzzer,address -Xswiftc -use-ld=lld 2>&1 | grep -v "Cannot export local symbol" || true
bin=$(swift build -c release --package-path Tests/Fuzz --scratch-path "$scratch" --show-bin-path)
for harness in "${harnesses[@]}"; do
    [ -x "$bin/$harness" ] || { echo "run.sh: $harness did not build" >&2; exit 1; }
done
[ -d "$scratch/corpus" ] || Tests/Fuzz/seed.sh "$scratch/corpus"
mkdir -p "$scratch/logs" "$scratch/tmp"
# FuzzScenario writes each input to a file under TMPDIR: in memory when the machine has /dev/shm (a
# disk costs it a third of its time). Leaks outside Hundredfold are listed in lsan.supp.
TMPDIR=$PWD/$scratch/tmp
[ -w /dev/shm ] && TMPDIR=/dev/shm
export TMPDIR LSAN_OPTIONS=suppressions=$PWD/Tests/Fuzz/lsan.supp:print_suppressions=0

# fuzz HARNESS: one libFuzzer process; its log ends with the final stats. Long runs check leaks
# (a third slower per input) once over the final corpus instead of after every input.
fuzz() {
    local harness=$1 budget
    case "$mode" in
        runs) budget=(-runs="$limit" -detect_leaks=0) ;;
        time) budget=(-max_total_time="$limit" -detect_leaks=0) ;;
        smoke) budget=(-max_total_time="$limit") ;;
    esac
    mkdir -p "$scratch/artifacts/$harness"
    rm -f "$scratch/logs/$harness.leaks.log"
    "$bin/$harness" "$scratch/corpus/$harness" "${budget[@]}" -timeout=2 -rss_limit_mb=2048 -max_len=4096 \
        -print_final_stats=1 -artifact_prefix="$scratch/artifacts/$harness/" > "$scratch/logs/$harness.log" 2>&1 \
        || return 1
    [ "$mode" = smoke ] || "$bin/$harness" "$scratch/corpus/$harness" -runs=0 -timeout=2 -rss_limit_mb=2048 \
        -artifact_prefix="$scratch/artifacts/$harness/" > "$scratch/logs/$harness.leaks.log" 2>&1
}

# summary HARNESS: executions, coverage, corpus and time from the log's final stats.
summary() {
    local log=$scratch/logs/$1.log
    local last=$(grep -E '^#[0-9]+' "$log" | tail -1)
    printf '%-13s %12s execs  cov %-6s ft %-7s corpus %-14s %5ss  %s\n' "$1" \
        "$(sed -n 's/^stat::number_of_executed_units: *//p' "$log")" \
        "$(sed -n 's/.* cov: \([0-9]*\).*/\1/p' <<< "$last")" "$(sed -n 's/.* ft: \([0-9]*\).*/\1/p' <<< "$last")" \
        "$(sed -n 's/.* corp: \([^ ]*\).*/\1/p' <<< "$last")" "$2" \
        "$(cat "$log" "${log%.log}.leaks.log" 2>/dev/null | grep -qE '^==[0-9]+==ERROR|^SUMMARY: ' \
            && echo FAILED || echo ok)"
}

failed=0
if [ "$mode" = smoke ]; then
    for harness in "${harnesses[@]}"; do
        start=$SECONDS
        fuzz "$harness" || failed=1
        summary "$harness" $((SECONDS - start))
    done
else
    start=$SECONDS
    pids=()
    for harness in "${harnesses[@]}"; do
        nice -n 19 bash -c "$(declare -f fuzz); $(declare -p mode limit scratch bin); fuzz $harness" &
        pids+=($!)
    done
    for i in "${!pids[@]}"; do
        wait "${pids[$i]}" || failed=1
        summary "${harnesses[$i]}" $((SECONDS - start))
    done
fi
[ "$failed" -eq 0 ] || echo "run.sh: a harness failed; see $scratch/logs and $scratch/artifacts" >&2
exit "$failed"
