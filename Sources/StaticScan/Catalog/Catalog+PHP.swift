// MARK: - PHP: Eloquent, DB facade, PDO, mysqli, Doctrine, Guzzle, Http facade, curl, Cache/Redis, S3, Storage

extension CallCatalog {
    /// Eloquent's declarations of a model's own attributes.
    static let phpSchemaAccessors: Set<String> = ["getFillable", "getCasts", "getHidden", "getDates"]

    /// Laravel query-builder methods that take another builder as a subquery of their SQL.
    static let phpSubqueryEmbedders: Set<String> = [
        "joinSub", "leftJoinSub", "rightJoinSub", "crossJoinSub", "joinLateral", "leftJoinLateral",
        "fromSub", "selectSub", "insertUsing", "union", "unionAll",
    ]

    static let php: [CatalogFamily] = [
        CatalogFamily(
            "eloquent", [.php],
            [
                "builder Model & DB : where whereIn whereNotIn orWhere whereHas whereNull whereBetween with withCount orderBy orderByDesc latest oldest select join leftJoin groupBy having limit take skip offset query table distinct",
                "db-read Model & : find findOrFail findMany first firstOrFail firstWhere sole all count sum avg max min pluck exists doesntExist value paginate simplePaginate cursorPaginate",
                "db-read & : get",
                "db-write Model & : create insert insertGetId update delete destroy updateOrCreate firstOrCreate updateOrInsert upsert increment decrement forceDelete",
                "db-write * : save forceDelete",
                "db-read * : refresh fresh loadMissing",
                "db-read DB : select selectOne scalar",
                "db-write DB : insert update delete statement unprepared affectingStatement",
            ]),
        CatalogFamily(
            "pdo", [.php],
            [
                "bind : PDO mysqli",
                "db-read ~pdo ~db ~conn ~connection ~stmt ~statement ~mysqli @ : query execute exec",
                "db-read - : mysqli_query pg_query pg_query_params mysqli_stmt_execute pg_execute",
            ]),
        CatalogFamily(
            "doctrine", [.php],
            [
                "builder ~em ~entitymanager : createQuery createQueryBuilder createNativeQuery",
                "builder & : select from where andWhere orWhere setParameter setParameters join leftJoin orderBy setMaxResults setFirstResult getQuery",
                "db-read & : getResult getOneOrNullResult getSingleResult getArrayResult getSingleScalarResult",
                "db-read ~em ~entitymanager ~repository ~repo : find findBy findOneBy findAll",
                "db-write ~em ~entitymanager : flush",
            ]),
        CatalogFamily(
            "php-http", [.php],
            [
                "bind : Client GuzzleHttp.Client HttpClient.create",
                "http @ ~guzzle ~client ~http : get post put patch delete head request send getAsync postAsync requestAsync sendAsync",
                "builder Http : withHeaders withToken withBasicAuth acceptJson asJson asForm timeout retry baseUrl withOptions",
                "http Http & : get post put patch delete head send",
                "http - : curl_exec curl_multi_exec",
            ]),
        CatalogFamily(
            "php-cache", [.php],
            [
                "bind : Redis Predis.Client Memcached",
                "cache Cache Redis : get put set forget remember rememberForever has increment decrement pull add many putMany forever delete",
                "cache @ ~redis ~cache ~memcache : get set del delete hget hset hGetAll incr exists expire mget setex lpush rpush sadd smembers",
            ]),
        CatalogFamily(
            "php-storage", [.php],
            [
                "bind : S3Client Aws.S3.S3Client",
                "storage @ ~s3 : getObject putObject headObject deleteObject listObjects listObjectsV2 copyObject upload doesObjectExist",
                "builder Storage : disk",
                "storage Storage & : get put exists delete size lastModified copy move files readStream writeStream",
            ]),
        CatalogFamily(
            "php-queue", [.php],
            [
                "queue Model : dispatch",
                "queue - : dispatch",
            ]),
    ]
}
