const express = require("express");
const { Post } = require("../models/post");

const router = express.Router();

router.get("/blogs/:blogId/posts", async (req, res) => {
  const posts = await Post.findAll({ where: { blogId: req.params.blogId }, limit: 20 });
  res.json(posts);
});

module.exports = router;
