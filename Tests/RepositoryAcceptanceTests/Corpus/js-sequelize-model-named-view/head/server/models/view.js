const { DataTypes, Model } = require("sequelize");
const sequelize = require("../db");

class View extends Model {}

View.init(
  {
    pageId: { type: DataTypes.UUID, allowNull: false },
    userId: { type: DataTypes.UUID, allowNull: false },
    count: { type: DataTypes.INTEGER, defaultValue: 1 },
  },
  { sequelize, modelName: "view" }
);

module.exports = View;
