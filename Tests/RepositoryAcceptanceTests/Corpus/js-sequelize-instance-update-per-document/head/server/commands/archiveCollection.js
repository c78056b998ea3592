const Document = require("../models/document");

async function archiveCollection(collectionId) {
  const instances = await Document.findAll({ where: { collectionId }, limit: 500 });
  for (const instance of instances) {
    await instance.update({ archivedAt: new Date() });
  }
  return instances.length;
}

module.exports = archiveCollection;
