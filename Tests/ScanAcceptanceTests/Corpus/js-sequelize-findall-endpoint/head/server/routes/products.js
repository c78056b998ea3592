const express = require("express");
const { Product } = require("../models/product");

const router = express.Router();

router.get("/products", async (req, res) => {
  const products = await Product.findAll({ order: [["name", "ASC"]] });
  res.json(products);
});

router.get("/products/:id", async (req, res) => {
  const product = await Product.findByPk(req.params.id);
  if (!product) return res.sendStatus(404);
  res.json(product);
});

module.exports = router;
