DEFAULT_LABELS = {
    "bug": ["triage", "needs-repro"],
    "feature": ["proposal"],
}


def fetch_labels(kind):
    return list(DEFAULT_LABELS.get(kind, []))
