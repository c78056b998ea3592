const { knex } = require("../db");

const FILTERABLE = new Set(["status", "channel", "country", "currency"]);
const PAGE_SIZE = 50;

async function recentOrders(page = 0) {
  return searchOrders({}, page);
}

async function searchOrders(filters, page = 0) {
  let query = knex("orders").select("id", "number", "status", "total_cents", "created_at");
  for (const [column, value] of Object.entries(filters)) {
    if (!FILTERABLE.has(column) || value === undefined) continue;
    query = Array.isArray(value) ? query.whereIn(column, value) : query.where(column, value);
  }
  const rows = await query.orderBy("created_at", "desc").limit(PAGE_SIZE).offset(page * PAGE_SIZE);
  return rows.map((row) => ({ ...row, total: row.total_cents / 100 }));
}

module.exports = { recentOrders, searchOrders };
