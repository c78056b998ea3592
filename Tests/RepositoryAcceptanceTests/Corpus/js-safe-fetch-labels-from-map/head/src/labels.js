const LABELS = new Map([
  ["bug", ["triage"]],
  ["feature", ["proposal"]],
]);

function fetchLabels(kind) {
  return LABELS.get(kind) || [];
}

module.exports = { fetchLabels };
