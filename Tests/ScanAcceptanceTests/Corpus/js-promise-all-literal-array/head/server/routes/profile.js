const express = require("express");
const { getUser, getOrders } = require("../services/accounts");

const router = express.Router();

router.get("/profile/:id", async (req, res, next) => {
  try {
    const [user, orders] = await Promise.all([getUser(req.params.id), getOrders(req.params.id)]);
    const totals = {};
    orders.forEach((order) => {
      totals[order.status] = (totals[order.status] || 0) + order.total;
    });
    res.json({ user, totals });
  } catch (err) {
    next(err);
  }
});

module.exports = router;
