const View = require("../models/view");

async function pageStats(ctx) {
  const { pages } = ctx.request.body;
  const data = [];
  for (const page of pages) {
    const view = await View.findOne({ where: { pageId: page.id, userId: ctx.state.user.id } });
    data.push({ id: page.id, views: view ? view.count : 0 });
  }
  ctx.body = { data };
}

module.exports = { pageStats };
