const { Post } = require("../models");

async function bylines() {
  const posts = await Post.findAll({ where: { published: true }, limit: 100 });
  const authors = await Promise.all(posts.map((post) => post.getAuthor()));
  return posts.map((post, index) => `${post.title} by ${authors[index].username}`);
}

module.exports = { bylines };
