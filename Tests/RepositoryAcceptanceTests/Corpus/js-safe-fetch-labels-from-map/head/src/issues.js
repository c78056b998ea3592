const { fetchLabels } = require("./labels");

function decorate(issues) {
  for (const issue of issues) {
    issue.labels = fetchLabels(issue.kind);
  }
  return issues;
}

module.exports = { decorate };
