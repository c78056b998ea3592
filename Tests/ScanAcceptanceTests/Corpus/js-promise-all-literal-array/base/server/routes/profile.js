const express = require("express");
const { getUser, getOrders } = require("../services/accounts");

const router = express.Router();

module.exports = router;
