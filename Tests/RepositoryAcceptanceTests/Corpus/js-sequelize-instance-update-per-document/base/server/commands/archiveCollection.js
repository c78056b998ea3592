const Document = require("../models/document");

async function archiveCollection(collectionId) {
  return Document.update({ archivedAt: new Date() }, { where: { collectionId } });
}

module.exports = archiveCollection;
