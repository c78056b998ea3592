const axios = require("axios");

const GEO_URL = "https://geo.example.com/v1/lookup";

async function lookup(ip) {
  let lastError;
  for (let attempt = 0; attempt < 5; attempt++) {
    try {
      const { data } = await axios.get(GEO_URL, { params: { ip }, timeout: 2000 });
      return data;
    } catch (err) {
      lastError = err;
    }
  }
  throw lastError;
}

module.exports = { GEO_URL, lookup };
