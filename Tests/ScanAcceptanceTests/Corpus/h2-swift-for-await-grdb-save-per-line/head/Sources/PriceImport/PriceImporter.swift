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

    /// Imports a `sku,cents` CSV file, one price per line.
    func importCSV(from url: URL) async throws -> Int {
        var imported = 0
        for try await line in url.lines {
            let fields = line.split(separator: ",", omittingEmptySubsequences: false)
            guard fields.count == 2, let cents = Int(fields[1]) else { continue }
            let record = PriceRecord(sku: String(fields[0]), cents: cents)
            try await dbQueue.write { db in try record.save(db) }
            imported += 1
        }
        return imported
    }
}
