const axios = require("axios");
const { signPayload } = require("./sign");

const TIMEOUT_MS = 5000;

async function loadSubscriptions(db, event) {
  return db("webhook_subscriptions").where({ event, active: true }).select("id", "url", "secret");
}

async function dispatch(db, event, payload) {
  const subscriptions = await loadSubscriptions(db, event);
  const body = JSON.stringify({ event, payload, sentAt: new Date().toISOString() });
  subscriptions.forEach((sub) => {
    const headers = { "Content-Type": "application/json", "X-Signature": signPayload(sub.secret, body) };
    axios.post(sub.url, body, { headers, timeout: TIMEOUT_MS }).catch((err) => {
      console.warn(`webhook ${sub.id} failed: ${err.message}`);
    });
  });
  return subscriptions.length;
}

module.exports = { dispatch, loadSubscriptions, TIMEOUT_MS };
