const knex = require("knex")(require("../knexfile"));

module.exports = knex;
