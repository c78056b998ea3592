// MARK: - Swift: GRDB, Fluent, Core Data, SwiftData, URLSession, AsyncHTTPClient, Alamofire, Vapor client, RediStack, Soto S3

extension CallCatalog {
    static let swift: [CatalogFamily] = [
        CatalogFamily(
            "grdb", [.swift],
            [
                "builder Model & : filter order limit including select joining annotated all none matching",
                "db-read Model & : fetchAll fetchOne fetchCount fetchSet fetchCursor",
                "db-write * : insert(db) save(db) update(db) delete(db) upsert(db) updateChanges(db) insertAndFetch(db)",
                "db-write Model : deleteAll(db) deleteOne(db) updateAll(db)",
                "sql ~db : execute",
            ]),
        CatalogFamily(
            "fluent", [.swift],
            [
                "builder Model : query(on)",
                "builder & : filter sort with join range field group",
                "db-read & : all first count sum max min average",
                "db-write & : delete update",
                "db-read Model : find",
                "db-write * : save(on) create(on) update(on) delete(on)",
            ]),
        // Core Data and SwiftData: every `fetch` goes to the store; `insert`/`delete` only stage
        // changes in memory until `save`.
        CatalogFamily(
            "core-data", [.swift],
            [
                "bind : NSManagedObjectContext ModelContext",
                "db-read ~context @ : fetch fetchCount count(for) fetchIdentifiers existingObject",
                "db-write ~context @ : save execute",
            ]),
        CatalogFamily(
            "swift-http", [.swift],
            [
                "bind : URLSession HTTPClient Session",
                "http URLSession.shared @ ~session ~urlsession : data dataTask download downloadTask upload uploadTask bytes",
                "http @ ~httpclient : execute get post put delete",
                "http AF Alamofire Session.default : request download upload",
                "http ~client : get post put delete patch send",
            ]),
        CatalogFamily(
            "swift-cache", [.swift],
            [
                "cache ~redis : get set delete increment hget hset hgetall expire exists lpush rpush publish"
            ]),
        CatalogFamily(
            "swift-storage", [.swift],
            [
                "bind : S3",
                "storage @ ~s3 : getObject putObject headObject deleteObject listObjectsV2 copyObject",
            ]),
    ]
}
