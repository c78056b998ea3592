const express = require("express");
const { Post } = require("../models/post");
const { User } = require("../models/user");

const router = express.Router();

router.get("/blogs/:blogId/posts", async (req, res) => {
  const posts = await Post.findAll({ where: { blogId: req.params.blogId }, limit: 20 });
  const result = [];
  for (const post of posts) {
    const author = await User.findByPk(post.authorId, { attributes: ["id", "name"] });
    result.push({ ...post.toJSON(), author });
  }
  res.json(result);
});

module.exports = router;
