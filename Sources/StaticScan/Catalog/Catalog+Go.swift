// MARK: - Go: GORM, xorm, database/sql, sqlx, pgx, net/http, resty, REST SDKs (go-gitlab, go-github), go-redis, AWS S3, GCS, MinIO

extension CallCatalog {
    /// The process's command line (`os.Args`, `flag.Args()`).
    static let goSchemaAccessors: Set<String> = ["Args"]

    static let go: [CatalogFamily] = [
        CatalogFamily(
            "sqlx", [.go],
            [
                "sql ~db ~tx @ : Get Select GetContext SelectContext"
            ]),
        CatalogFamily(
            "gorm", [.go],
            [
                "bind : gorm.Open gorm.DB",
                "builder ~db ~tx @ & : Where Model Table Preload Joins Order Limit Offset Select Group Having Distinct Scopes Unscoped Omit Session WithContext Debug Clauses Not Or",
                "db-read ~db ~tx @ & : First Find Take Last Count Scan Pluck Row Rows FirstOrInit",
                "db-write ~db ~tx @ & : Create Save Update Updates UpdateColumn UpdateColumns Delete FirstOrCreate CreateInBatches",
            ]),
        CatalogFamily(
            "database-sql", [.go],
            [
                "bind : sql.Open sqlx.Open sqlx.Connect sqlx.MustConnect pgxpool.New pgx.Connect pgxpool.Connect sql.DB sql.Tx sql.Stmt sqlx.DB sqlx.Tx pgxpool.Pool pgx.Conn",
                "db-read ~db ~tx ~conn ~stmt ~pool @ : Query QueryRow QueryContext QueryRowContext Queryx QueryRowx NamedQuery",
                "db-write ~db ~tx ~conn ~stmt ~pool @ : Exec ExecContext NamedExec MustExec NamedExecContext",
                // A transaction begun or committed is a round trip of its own.
                "db-write ~db ~conn ~pool @ : Begin BeginTx Beginx BeginTxx MustBegin",
                "db-write ~tx @ : Commit",
            ]),
        CatalogFamily(
            "xorm", [.go],
            [
                "bind : xorm.NewEngine xorm.NewEngineGroup xorm.Engine xorm.EngineGroup xorm.Session xorm.Interface",
                "builder @ & : Where And Or In NotIn Table Cols Select Join Limit OrderBy Desc Asc GroupBy Having Distinct ID Alias Omit MustCols AllCols NoAutoCondition Unscoped SQL NoCache",
                "db-read @ & : Get Find Count Exist Iterate Rows FindAndCount Sum Sums SumInt SumsInt QueryString QueryInterface",
                "db-write @ & : Insert InsertOne InsertMulti Update Delete Exec Upsert",
            ]),
        CatalogFamily(
            "go-http", [.go],
            [
                "bind : http.Client http.DefaultClient resty.New",
                "http http : Get Post Head PostForm",
                "http @ http.DefaultClient ~client : Do Get Post Head PostForm Put Delete Patch Execute",
            ]),
        CatalogFamily(
            "go-rest-sdk", [.go],
            [
                // API clients whose services are fields: `client.ProjectMembers.GetProjectMember(…)`.
                "bind : gitlab.NewClient gitlab.NewOAuthClient gitlab.NewBasicAuthClient gitlab.NewAuthSourceClient gitlab.NewJobClient gitlab.Client github.NewClient github.NewEnterpriseClient github.Client gitea.NewClient gitea.Client",
                "http @ : Get* List* Create* Update* Delete* Edit* Add* Remove* Set* Search* Download* Upload* Transfer* Protect* Unprotect* CurrentUser",
            ]),
        CatalogFamily(
            "go-redis", [.go],
            [
                "bind : redis.NewClient redis.NewClusterClient redis.NewUniversalClient redis.Client redis.ClusterClient redis.UniversalClient memcache.New memcache.Client",
                "cache @ ~rdb ~redis ~memcache : Get Set HGet HSet HGetAll HMGet Incr Decr Del Exists Expire MGet MSet SetNX SetEX LPush RPush LRange SAdd SMembers ZAdd ZRange Publish Eval GetSet",
            ]),
        CatalogFamily(
            "go-storage", [.go],
            [
                "bind : s3.NewFromConfig s3.New s3.Client minio.New minio.Client storage.NewClient storage.Client azblob.NewClient azblob.Client",
                "storage @ ~s3 : GetObject PutObject HeadObject DeleteObject ListObjectsV2 CopyObject GetObjectWithContext PutObjectWithContext StatObject FGetObject FPutObject DownloadStream UploadBuffer UploadStream DownloadFile UploadFile",
                "storage @ : NewReader NewWriter Attrs",
            ]),
        CatalogFamily(
            "go-queue", [.go],
            [
                "queue ~producer ~writer ~publisher ~nc ~js : Produce SendMessage WriteMessages Publish PublishMsg"
            ]),
    ]
}
