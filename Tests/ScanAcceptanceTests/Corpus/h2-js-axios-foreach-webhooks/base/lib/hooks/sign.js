const crypto = require("crypto");

function signPayload(secret, body) {
  return crypto.createHmac("sha256", secret).update(body).digest("hex");
}

module.exports = { signPayload };
