#!/usr/bin/env bash
# Names the cache entry of this Hundredfold build: its version and a hash of its sources, so a
# pinned action builds once per runner kind and every later run restores the binary.
# Writes `key` and `dir` to $GITHUB_OUTPUT and puts `dir` on $GITHUB_PATH.
set -euo pipefail
source_dir=${HUNDREDFOLD_SOURCE:-$GITHUB_ACTION_PATH}
cd "$source_dir"

version=$(sed -n 's/.*static let version = "\(.*\)".*/\1/p' Sources/HundredfoldCore/ToolInfo.swift)
if [ -z "$version" ]; then
    echo "::error::cannot read Hundredfold's version from $source_dir/Sources/HundredfoldCore/ToolInfo.swift" >&2
    exit 1
fi
sources=$(find Package.swift Package.resolved Sources -type f 2>/dev/null | LC_ALL=C sort \
    | xargs sha256sum | sha256sum | cut -c1-16)
key="hundredfold-${version}-${RUNNER_OS:-$(uname -s)}-${RUNNER_ARCH:-$(uname -m)}-${sources}"
dir="${RUNNER_TOOL_CACHE:-${RUNNER_TEMP:-/tmp}}/hundredfold/${version}-${sources}"

echo "key=$key" >> "$GITHUB_OUTPUT"
echo "dir=$dir" >> "$GITHUB_OUTPUT"
echo "$dir" >> "$GITHUB_PATH"
echo "Hundredfold $version (sources $sources) goes in $dir"
