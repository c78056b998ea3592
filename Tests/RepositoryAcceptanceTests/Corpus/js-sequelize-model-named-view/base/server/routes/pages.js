const View = require("../models/view");

async function pageStats(ctx) {
  const { pages } = ctx.request.body;
  ctx.body = { data: pages.map((page) => ({ id: page.id })) };
}

module.exports = { pageStats };
