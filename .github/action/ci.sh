#!/usr/bin/env bash
# Runs `hundredfold ci` on the pull request. The step itself never fails: the exit code goes to
# $GITHUB_OUTPUT (`exit-code`, `verdict`, `reports`) so that the SARIF, annotation, artifact and
# comment steps run whatever the verdict, and the action's last step fails the check by it.
# Inputs (environment): HF_BASE, HF_CONFIG, HF_SCALES, HF_SEED, HF_FAIL_ON, HF_OUT_DIR, HF_SCENARIOS.
set -uo pipefail

finish() {
    local code=$1 verdict
    case "$code" in
    0) verdict=pass ;;
    1) verdict=fail ;;
    *) verdict=error ;;
    esac
    {
        echo "exit-code=$code"
        echo "verdict=$verdict"
        echo "reports=$([ "$code" -le 1 ] && echo true || echo false)"
    } >> "$GITHUB_OUTPUT"
    exit 0
}

base=${HF_BASE:-}
if [ -z "$base" ]; then
    if [ -z "${GITHUB_BASE_REF:-}" ]; then
        echo "::error::Hundredfold needs a base to compare with: run it on pull_request events or set the action's base input (e.g. origin/main)."
        finish 2
    fi
    base="origin/$GITHUB_BASE_REF"
fi

# The merge base must be in the clone: a shallow checkout (actions/checkout's default) is deepened,
# and a missing origin/BRANCH is fetched.
if [ "$(git rev-parse --is-shallow-repository 2>/dev/null)" = true ]; then
    git fetch --quiet --no-tags --unshallow origin || echo "::warning::could not unshallow the clone; use actions/checkout with fetch-depth: 0"
fi
if ! git rev-parse --verify --quiet "$base^{commit}" >/dev/null && [ "$base" = "origin/${GITHUB_BASE_REF:-}" ]; then
    git fetch --quiet --no-tags origin "+refs/heads/$GITHUB_BASE_REF:refs/remotes/origin/$GITHUB_BASE_REF" \
        || echo "::warning::could not fetch $base"
fi

args=(ci --base "$base" --out-dir "${HF_OUT_DIR:-.hundredfold}" --fail-on "${HF_FAIL_ON:-error}")
[ -n "${HF_CONFIG:-}" ] && args+=(--config "$HF_CONFIG")
[ -n "${HF_SCALES:-}" ] && args+=(--scales "$HF_SCALES")
[ -n "${HF_SEED:-}" ] && args+=(--seed "$HF_SEED")
read -r -a scenarios <<< "${HF_SCENARIOS:-}"
args+=("${scenarios[@]}")

hundredfold "${args[@]}"
finish $?
