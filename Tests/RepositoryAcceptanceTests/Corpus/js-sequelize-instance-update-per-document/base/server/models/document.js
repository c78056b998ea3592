const { DataTypes, Model } = require("sequelize");
const sequelize = require("../db");

class Document extends Model {}

Document.init(
  {
    title: DataTypes.STRING,
    collectionId: DataTypes.UUID,
    archivedAt: DataTypes.DATE,
  },
  { sequelize, modelName: "document" }
);

module.exports = Document;
