#!/usr/bin/env bash
# Builds the pinned Hundredfold (the action's own checkout) in release and installs the executable
# and its tracing library side by side in $HUNDREDFOLD_BIN_DIR. Runs only when the cache missed.
set -euo pipefail
source_dir=${HUNDREDFOLD_SOURCE:-$GITHUB_ACTION_PATH}
: "${HUNDREDFOLD_BIN_DIR:?the install folder (cache-key.sh's dir output)}"

if ! command -v swift >/dev/null 2>&1; then
    echo "::error::Hundredfold is built from source on a cache miss and needs a Swift 6 toolchain on the runner (ubuntu-latest has one; on other runners install Swift first, e.g. with swift-actions/setup-swift)." >&2
    exit 1
fi
if ! dpkg -s libsqlite3-dev >/dev/null 2>&1; then
    sudo apt-get update -qq
    sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq libsqlite3-dev
fi
swift build -c release --package-path "$source_dir"
products=$(swift build -c release --package-path "$source_dir" --show-bin-path)
mkdir -p "$HUNDREDFOLD_BIN_DIR"
cp "$products/hundredfold" "$products/libHundredfoldTrace.so" "$HUNDREDFOLD_BIN_DIR/"
"$HUNDREDFOLD_BIN_DIR/hundredfold" --version
