#!/usr/bin/env bash
# The action's last step: fails the check by `hundredfold ci`'s exit code, after the reports,
# the annotations and the comment are out.
set -euo pipefail
case "${HF_EXIT_CODE:-}" in
0) echo "Hundredfold: pass" ;;
1)
    echo "::error title=Hundredfold::a budget or the --fail-on threshold failed; the job summary says which"
    exit 1
    ;;
*)
    echo "::error title=Hundredfold::hundredfold ci exited ${HF_EXIT_CODE:-without a result} (2: bad input, 3: internal error); its step's log says why"
    exit "${HF_EXIT_CODE:-3}"
    ;;
esac
