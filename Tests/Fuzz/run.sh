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
mkdir -p "$scratch"
# lld: gold stops with an internal error on the instrumented objects.
if ! swift build -c release --package-path Tests/Fuzz --scratch-path "$scratch" \
    -Xswiftc -sanitize=fuzzer,address -Xswiftc -use-ld=lld > "$scratch/build.log" 2>&1; then
    grep -v "Cannot export local symbol" "$scratch/build.log" >&2
    echo "run.sh: the harnesses did not build" >&2
    exit 1
fi
bin=$(swift build -c release --package-path Tests/Fuzz --scratch-path "$scratch" --show-bin-path)
[ -d "$scratch/corpus" ] || Tests/Fuzz/seed.sh "$scratch/corpus"
mkdir -p "$scratch/logs" "$scratch/tmp"
# FuzzScenario writes each input to a file under TMPDIR: in memory when the machine has /dev/shm (a
# disk costs it a third of its time), in a folder of this run removed at exit. Leaks outside
# Hundredfold are listed in lsan.supp.
parent=$PWD/$scratch/tmp
[ -w /dev/shm ] && parent=/dev/shm
TMPDIR=$(mktemp -d "$parent/hundredfold-fuzz.XXXXXX")
trap 'rm -rf "$TMPDIR"' EXIT
export TMPDIR LSAN_OPTIONS=suppressions=$PWD/Tests/Fuzz/lsan.supp:print_suppressions=0

# fuzz HARNESS: libFuzzer on the harness's corpus until the budget is spent; the log collects the
# final stats of every segment, the status file says ok or FAILED. libFuzzer's -timeout is wall
# time, so on a busy machine a starved process can look hung: a timeout whose input then runs alone
# within the limit is moved to artifacts/<Harness>/starved/ and fuzzing resumes; one that repeats
# is a hang. Long runs check leaks (a third slower per input) once over the final corpus instead of
# after every input.
# runs_alone INPUT: the input finishes within the timeout in one of three tries, 5 s apart.
runs_alone() {
    local try
    for try in 1 2 3; do
        "$bin/$harness" "$1" -timeout=2 > /dev/null 2>&1 && return 0
        sleep 5
    done
    return 1
}

fuzz() {
    local harness=$1 log=$scratch/logs/$1.log status=$scratch/logs/$1.status
    local artifacts=$scratch/artifacts/$1 executed=0 start=$SECONDS budget segment unit
    mkdir -p "$artifacts"
    : > "$log"
    echo running > "$status"
    while :; do
        case "$mode" in
            runs) budget=(-runs=$((limit - executed)) -detect_leaks=0) ;;
            time) budget=(-max_total_time=$((limit - SECONDS + start)) -detect_leaks=0) ;;
            smoke) budget=(-max_total_time=$((limit - SECONDS + start))) ;;
        esac
        segment=$(mktemp)
        mkdir -p "$artifacts"
        if "$bin/$harness" "$scratch/corpus/$harness" "${budget[@]}" -timeout=2 -rss_limit_mb=2048 \
            -max_len=4096 -print_final_stats=1 -artifact_prefix="$artifacts/" > "$segment" 2>&1; then
            cat "$segment" >> "$log"
            rm -f "$segment"
            break
        fi
        cat "$segment" >> "$log"
        executed=$((executed + $(sed -n 's/^stat::number_of_executed_units: *//p' "$segment" | tail -1)))
        unit=$(sed -n 's/.*Test unit written to //p' "$segment" | tail -1)
        if grep -q 'ERROR: libFuzzer: timeout' "$segment" && [ -f "$unit" ] && runs_alone "$unit"; then
            rm -f "$segment"
            mkdir -p "$artifacts/starved"
            mv "$unit" "$artifacts/starved/"
            echo "run.sh: $unit ran alone within the timeout (the fuzzer was starved of CPU); resuming" >> "$log"
            if [ "$mode" = runs ]; then [ "$executed" -lt "$limit" ] || break; fi
            if [ "$mode" != runs ]; then [ $((SECONDS - start)) -lt "$limit" ] || break; fi
            continue
        fi
        rm -f "$segment"
        echo FAILED > "$status"
        return 1
    done
    mkdir -p "$artifacts"
    if [ "$mode" != smoke ] && ! "$bin/$harness" "$scratch/corpus/$harness" -runs=0 -timeout=2 -rss_limit_mb=2048 \
        -artifact_prefix="$artifacts/" > "$scratch/logs/$harness.leaks.log" 2>&1; then
        echo FAILED > "$status"
        return 1
    fi
    echo ok > "$status"
}

# summary HARNESS SECONDS: executions (all segments), coverage, corpus and time from the log.
summary() {
    local log=$scratch/logs/$1.log
    local last=$(grep -E '^#[0-9]+' "$log" | tail -1)
    printf '%-13s %12s execs  cov %-6s ft %-7s corpus %-14s %5ss  %s\n' "$1" \
        "$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | awk '{ n += $1 } END { print n + 0 }')" \
        "$(sed -n 's/.* cov: \([0-9]*\).*/\1/p' <<< "$last")" "$(sed -n 's/.* ft: \([0-9]*\).*/\1/p' <<< "$last")" \
        "$(sed -n 's/.* corp: \([^ ]*\).*/\1/p' <<< "$last")" "$2" "$(cat "$scratch/logs/$1.status")"
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
        nice -n 19 bash -c "$(declare -f fuzz runs_alone); $(declare -p mode limit scratch bin); fuzz $harness" &
        pids+=($!)
    done
    for i in "${!pids[@]}"; do
        wait "${pids[$i]}" || failed=1
        summary "${harnesses[$i]}" $((SECONDS - start))
    done
fi
[ "$failed" -eq 0 ] || echo "run.sh: a harness failed; see $scratch/logs and $scratch/artifacts" >&2
exit "$failed"
