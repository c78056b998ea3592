const knex = require("./db");
const { render } = require("./render");

async function accountsDue(day) {
  return knex("accounts").where({ statement_day: day }).select("id", "email").limit(5000);
}

async function buildStatements(day) {
  const accounts = await accountsDue(day);
  const balances = await knex("balances").whereIn("account_id", accounts.map((a) => a.id));
  const byAccount = new Map(balances.map((b) => [b.account_id, b]));
  const statements = [];
  for (let i = 0; i < accounts.length; i++) {
    statements.push(render(accounts[i], byAccount.get(accounts[i].id)));
  }
  return statements;
}

module.exports = { accountsDue, buildStatements };
