const { knex } = require("../db");

const PAGE_SIZE = 50;

async function recentOrders(page = 0) {
  return knex("orders")
    .select("id", "number", "status", "total_cents", "created_at")
    .orderBy("created_at", "desc")
    .limit(PAGE_SIZE)
    .offset(page * PAGE_SIZE);
}

module.exports = { recentOrders };
