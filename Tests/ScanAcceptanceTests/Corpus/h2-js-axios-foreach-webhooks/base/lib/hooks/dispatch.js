const axios = require("axios");
const { signPayload } = require("./sign");

const TIMEOUT_MS = 4000;

async function loadSubscriptions(db, event) {
  return db("webhook_subscriptions").where({ event, active: true }).select("id", "url", "secret");
}

module.exports = { loadSubscriptions, TIMEOUT_MS };
