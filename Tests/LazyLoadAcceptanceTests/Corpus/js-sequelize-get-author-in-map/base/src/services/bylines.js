const { Post } = require("../models");

async function bylines() {
  const posts = await Post.findAll({ where: { published: true }, limit: 100 });
  return posts.map((post) => post.title);
}

module.exports = { bylines };
