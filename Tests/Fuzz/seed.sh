#!/usr/bin/env bash
# Writes the seed corpora of the fuzz harnesses into DIR/<Harness>/ from the repository's own test
# corpora, scenarios, golden files and history (nothing large is committed; run.sh calls this).
# Usage: Tests/Fuzz/seed.sh DIR
set -euo pipefail
cd "$(dirname "$0")/../.."
out=${1:?usage: seed.sh DIR}
max_bytes=16384   # larger files only slow the fuzzer down; libFuzzer mutates the small ones
mkdir -p "$out"/{FuzzDiff,FuzzScan,FuzzScenario,FuzzReport,FuzzTrace}

# copy SRC DEST [PREFIX_BYTE]: one seed, at most max_bytes, optionally after a first byte.
copy() {
    local size
    size=$(wc -c < "$1")
    [ "$size" -le "$max_bytes" ] || return 0
    if [ $# -eq 3 ]; then
        { printf "\\$(printf '%03o' "$3")"; cat "$1"; } > "$2"
    else
        cp "$1" "$2"
    fi
}

# FuzzScan: the first byte picks the file name, in the order of FuzzScan/main.swift's `paths`.
scan_byte() {
    case "$1" in
        *.html.erb | *.erb) echo 12 ;; *.html) echo 13 ;; *.jinja2 | *.jinja | *.j2) echo 14 ;;
        *.haml) echo 15 ;; *.slim) echo 16 ;; *.blade.php) echo 17 ;; *.cshtml | *.razor) echo 18 ;;
        *.heex | *.eex | *.leex) echo 19 ;;
        *.py) echo 0 ;; *.js | *.jsx | *.mjs) echo 1 ;; *.ts | *.tsx) echo 2 ;; *.rb | *.rake) echo 3 ;;
        *.go) echo 4 ;; *.java) echo 5 ;; *.kt | *.kts) echo 6 ;; *.php) echo 7 ;; *.cs) echo 8 ;;
        *.swift) echo 9 ;; *.sql) echo 10 ;; *.ex | *.exs) echo 11 ;;
        *) echo "" ;;
    esac
}
n=0
while IFS= read -r -d '' file; do
    byte=$(scan_byte "$file")
    [ -n "$byte" ] || continue
    n=$((n + 1))
    copy "$file" "$out/FuzzScan/$n" "$byte"
done < <(find Tests/*/Corpus Tests/TraceIngestTests/Fixtures Scenarios -type f -print0)

# FuzzDiff: the patches of the last commits, plus the diffs the acceptance corpora describe.
for commit in $(git log --format=%H -n 60 2>/dev/null); do
    git show --format= "$commit" > "$out/FuzzDiff/$commit" 2>/dev/null || true
    [ "$(wc -c < "$out/FuzzDiff/$commit")" -le "$max_bytes" ] || rm -f "$out/FuzzDiff/$commit"
done
git diff --no-index --no-prefix /dev/null Package.swift > "$out/FuzzDiff/new-file" || true
printf 'diff --git a/a.py b/a.py\nindex 1..2 100644\n--- a/a.py\n+++ b/a.py\n@@ -1,2 +1,3 @@\n x\n-y\n+z\n+w\n\\ No newline at end of file\n' \
    > "$out/FuzzDiff/hand"

# FuzzScenario: every scenario the repository ships.
n=0
while IFS= read -r -d '' file; do
    n=$((n + 1))
    copy "$file" "$out/FuzzScenario/$n"
done < <(find Scenarios -name '*.yml' -print0)

# FuzzReport: the golden report, and the JSON files of the acceptance corpora (not reports: they
# reach the schema and shape checks).
cp Tests/ReportingTests/Golden/run.json "$out/FuzzReport/golden"
python3 -c 'import json, sys; print(json.dumps(json.load(sys.stdin), separators=(",", ":")))' \
    < Tests/ReportingTests/Golden/run.json > "$out/FuzzReport/golden-compact"   # fits -max_len=4096
n=0
while IFS= read -r -d '' file; do
    n=$((n + 1))
    [ "$n" -le 40 ] || break
    copy "$file" "$out/FuzzReport/$n"
done < <(find Tests/*/Corpus -name '*.json' -print0)

# FuzzTrace: one record of every type, as the preload tracer writes them.
cat > "$out/FuzzTrace/all-types" <<'TRACE'
{"type":"process","pid":7,"ppid":1,"exe":"/usr/bin/python3"}
{"type":"open","pid":7,"conn":1,"api":"sqlite3_open_v2","file":"/tmp/a.db","rc":0,"traced":true,"sqlite":"3.40.1","resolved_by":"rtld_next"}

{"type":"stmt","pid":7,"conn":1,"sql":"SELECT \"x\"\n","ns":5,"rows":1,"bytes":8,"vm_steps":9}
{"type":"stmt","pid":7,"conn":1,"sql":"DELETE FROM t","ns":5,"rows":0,"bytes":0,"vm_steps":9,"fullscan_steps":3,"changes":4,"write":true}
{"type":"error","pid":8,"message":"no SQLite library is loaded in this process"}
TRACE
printf '{"type":"stmt","pid":1}\n' > "$out/FuzzTrace/missing-key"
printf '{"type":"stmt","pid":2,"conn":3,"sql":"SELECT 1","ns":18446744073709551615,"rows":-1,"bytes":0,"vm_steps":0}\n' \
    > "$out/FuzzTrace/extremes"
