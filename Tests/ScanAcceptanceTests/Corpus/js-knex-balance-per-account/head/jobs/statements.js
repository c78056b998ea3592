const knex = require("./db");
const { render } = require("./render");

async function accountsDue(day) {
  return knex("accounts").where({ statement_day: day }).select("id", "email").limit(5000);
}

async function buildStatements(day) {
  const accounts = await accountsDue(day);
  const statements = [];
  for (let i = 0; i < accounts.length; i++) {
    const account = accounts[i];
    const balance = await knex("balances").where({ account_id: account.id }).first();
    statements.push(render(account, balance));
  }
  return statements;
}

module.exports = { accountsDue, buildStatements };
