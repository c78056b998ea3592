import Foundation
import GRDB

struct PriceRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "prices"
    var sku: String
    var cents: Int
}

struct PriceImporter {
    let dbQueue: DatabaseQueue

    func price(of sku: String) throws -> PriceRecord? {
        try dbQueue.read { db in try PriceRecord.fetchOne(db, key: sku) }
    }
}
