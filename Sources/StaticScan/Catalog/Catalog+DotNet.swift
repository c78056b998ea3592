// MARK: - C#: EF Core, Dapper, ADO.NET, HttpClient, StackExchange.Redis, IDistributedCache, AWS S3, Azure Blob

extension CallCatalog {
    /// Reflection and the EF Core model: the application's own types, properties and entities.
    static let dotnetSchemaAccessors: Set<String> = [
        "GetProperties", "GetFields", "GetEntityTypes", "GetNavigations", "GetForeignKeys",
    ]

    static let dotnet: [CatalogFamily] = [
        CatalogFamily(
            "efcore", [.csharp],
            [
                "builder ~context ~db & : Where Include ThenInclude OrderBy OrderByDescending ThenBy Select Take Skip AsNoTracking AsQueryable GroupBy Join Distinct FromSqlRaw FromSqlInterpolated FromSql",
                "db-read ~context ~db & : ToList ToListAsync ToArray ToArrayAsync First FirstOrDefault FirstAsync FirstOrDefaultAsync Single SingleOrDefault SingleAsync SingleOrDefaultAsync Count CountAsync LongCount Any AnyAsync All AllAsync Sum SumAsync Max MaxAsync Min Average ToDictionary ToDictionaryAsync Find FindAsync Load LoadAsync",
                "db-write ~context ~db ~ctx & : SaveChanges SaveChangesAsync ExecuteUpdate ExecuteUpdateAsync ExecuteDelete ExecuteDeleteAsync ExecuteSqlRaw ExecuteSqlRawAsync ExecuteSqlInterpolated ExecuteSqlInterpolatedAsync",
            ]),
        CatalogFamily(
            "dapper", [.csharp],
            [
                "bind : SqlConnection NpgsqlConnection MySqlConnection SqliteConnection IDbConnection DbConnection SqlCommand NpgsqlCommand MySqlCommand SqliteCommand",
                "db-read ~conn ~connection ~db @ : Query QueryAsync QueryFirst QueryFirstAsync QueryFirstOrDefault QueryFirstOrDefaultAsync QuerySingle QuerySingleAsync QuerySingleOrDefault QuerySingleOrDefaultAsync QueryMultiple QueryMultipleAsync ExecuteScalar ExecuteScalarAsync ExecuteReader ExecuteReaderAsync",
                "db-write ~conn ~connection ~db @ : Execute ExecuteAsync",
                "db-read ~cmd ~command @ : ExecuteReader ExecuteReaderAsync ExecuteScalar ExecuteScalarAsync",
                "db-write ~cmd ~command @ : ExecuteNonQuery ExecuteNonQueryAsync",
            ]),
        CatalogFamily(
            "dotnet-http", [.csharp],
            [
                "bind : HttpClient *.CreateClient",
                "http @ ~httpclient ~http ~client : GetAsync PostAsync PutAsync DeleteAsync PatchAsync SendAsync GetStringAsync GetByteArrayAsync GetStreamAsync GetFromJsonAsync PostAsJsonAsync PutAsJsonAsync",
            ]),
        CatalogFamily(
            "dotnet-cache", [.csharp],
            [
                "bind : ConnectionMultiplexer.Connect *.GetDatabase IDatabase IConnectionMultiplexer IDistributedCache",
                "cache @ ~redis : StringGet StringSet StringGetAsync StringSetAsync HashGet HashSet HashGetAll HashGetAsync HashSetAsync HashGetAllAsync KeyDelete KeyDeleteAsync KeyExists KeyExistsAsync KeyExpire StringIncrement StringIncrementAsync ListLeftPush ListRange SetAdd SetMembers SortedSetAdd Publish GetString GetStringAsync SetString SetStringAsync GetAsync SetAsync RemoveAsync Get Set Remove",
            ]),
        CatalogFamily(
            "dotnet-storage", [.csharp],
            [
                "bind : IAmazonS3 AmazonS3Client BlobClient BlobContainerClient BlobServiceClient *.GetBlobClient *.GetBlobContainerClient",
                "storage @ ~s3 ~blob : GetObjectAsync PutObjectAsync GetObjectMetadataAsync DeleteObjectAsync ListObjectsV2Async CopyObjectAsync GetObject PutObject DownloadAsync DownloadContentAsync DownloadToAsync UploadAsync Upload Download DownloadContent ExistsAsync Exists DeleteAsync DeleteIfExistsAsync GetPropertiesAsync",
            ]),
        CatalogFamily(
            "dotnet-queue", [.csharp],
            [
                "queue ~sender ~queue ~bus ~publisher ~producer : SendMessageAsync Publish PublishAsync Send ProduceAsync"
            ]),
    ]
}
