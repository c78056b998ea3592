const { DataTypes } = require("sequelize");
const sequelize = require("./db");

const User = sequelize.define("User", {
  username: { type: DataTypes.STRING, allowNull: false },
});

const Post = sequelize.define("Post", {
  title: { type: DataTypes.STRING, allowNull: false },
  published: { type: DataTypes.BOOLEAN, defaultValue: false },
});

Post.belongsTo(User, { as: "author", foreignKey: "authorId" });
User.hasMany(Post, { foreignKey: "authorId" });

module.exports = { User, Post };
