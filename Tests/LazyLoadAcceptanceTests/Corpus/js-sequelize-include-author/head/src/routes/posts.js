const express = require("express");
const { Post, User } = require("../models");

const router = express.Router();

router.get("/posts", async (req, res) => {
  const posts = await Post.findAll({
    where: { published: true },
    include: [{ model: User, as: "author" }],
    limit: 50,
  });
  const rows = [];
  for (const post of posts) {
    rows.push({ id: post.id, title: post.title, author: post.author.username });
  }
  res.json(rows);
});

module.exports = router;
