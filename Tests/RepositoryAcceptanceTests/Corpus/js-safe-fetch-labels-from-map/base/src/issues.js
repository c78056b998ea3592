const { fetchLabels } = require("./labels");

function decorate(issues) {
  return issues;
}

module.exports = { decorate };
