const axios = require("axios");

const GEO_URL = "https://geo.example.com/v1/lookup";

module.exports = { GEO_URL };
