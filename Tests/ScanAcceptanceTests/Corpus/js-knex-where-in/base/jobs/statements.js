const knex = require("./db");

async function accountsDue(day) {
  return knex("accounts").where({ statement_day: day }).select("id", "email").limit(5000);
}

module.exports = { accountsDue };
