// MARK: - Python: Django ORM, SQLAlchemy, DB-API, requests/httpx/aiohttp/urllib, Redis, boto3, GCS, Azure

extension CallCatalog {
    /// Django's registries of the application's own apps, models and fields, as long as the code
    /// declares them (`apps.get_app_configs()`, `model._meta.get_fields()`), and the command line.
    static let pythonSchemaAccessors: Set<String> = [
        "get_app_configs", "get_models", "get_fields", "_meta", "__subclasses__", "argv",
    ]

    /// Django expressions that embed a lazy query in another query's SQL (`Subquery(Model.objects
    /// .filter(pk=OuterRef("pk")).values("n"))`): the query inside never runs by itself.
    static let pythonSubqueryWrappers: Set<String> = ["Subquery", "Exists", "ArraySubquery"]

    static let python: [CatalogFamily] = [
        CatalogFamily(
            "django", [.python],
            [
                "builder *.objects & : filter exclude all order_by select_related prefetch_related values values_list annotate distinct only defer using select_for_update none reverse alias extra",
                "db-read *.objects & : get first last count exists aggregate in_bulk earliest latest iterator contains explain raw get_or_none aget afirst acount aexists",
                "db-write *.objects & : create update delete get_or_create update_or_create bulk_create bulk_update acreate aupdate adelete",
                "db-write * : save refresh_from_db asave",
                "builder x.y : all()",
            ]),
        CatalogFamily(
            "sqlalchemy", [.python],
            [
                "bind : Session sessionmaker scoped_session Session.begin create_engine engine.connect",
                "builder ~session @ : query",
                "builder Model.query & : filter filter_by join outerjoin order_by limit offset options group_by having distinct where",
                "db-read Model.query & : all first one one_or_none scalar count get get_or_404 first_or_404 one_or_404 paginate",
                "db-read ~session @ : execute scalars scalar get",
                "db-write ~session @ : commit flush merge bulk_save_objects bulk_insert_mappings bulk_update_mappings",
            ]),
        CatalogFamily(
            "dbapi", [.python],
            [
                "bind : sqlite3.connect psycopg2.connect psycopg.connect pymysql.connect MySQLdb.connect asyncpg.connect asyncpg.create_pool",
                "db-read ~cursor ~cur @ : execute executemany callproc",
                "db-read ~conn ~connection ~pool @ : execute fetch fetchrow fetchval executemany",
            ]),
        CatalogFamily(
            "requests", [.python],
            [
                "bind : requests.Session requests.session httpx.Client httpx.AsyncClient aiohttp.ClientSession urllib3.PoolManager",
                "http requests httpx : get post put patch delete head options request stream",
                "http @ : get post put patch delete head options request send stream",
                "http - urllib.request : urlopen",
            ]),
        CatalogFamily(
            "redis-py", [.python],
            [
                "bind : redis.Redis redis.StrictRedis redis.from_url redis.Redis.from_url Redis StrictRedis Redis.from_url aioredis.from_url redis.asyncio.Redis get_redis_connection",
                "cache @ : *",
                "cache ~redis : get set hget hset hgetall hmget incr incrby decr expire delete exists mget mset setex setnx lpush rpush lrange sadd smembers sismember zadd zrange zscore publish getdel",
            ]),
        CatalogFamily(
            "python-cache", [.python],
            [
                "bind : memcache.Client pymemcache.client.base.Client pymemcache.Client base.Client PooledClient HashClient bmemcached.Client",
                "cache @ : *",
                "cache cache caches : get set add delete get_many set_many incr decr get_or_set touch delete_many has_key",
            ]),
        CatalogFamily(
            "boto3-s3", [.python],
            [
                "bind : boto3.client(s3) boto3.resource(s3) session.client(s3) session.resource(s3) aioboto3.client(s3)",
                "storage @ : *",
                "storage ~s3 : get_object put_object head_object upload_file download_file upload_fileobj download_fileobj copy_object delete_object list_objects list_objects_v2",
            ]),
        CatalogFamily(
            "gcs-azure", [.python],
            [
                "bind : storage.Client BlobServiceClient BlobServiceClient.from_connection_string ContainerClient BlobClient BlobClient.from_connection_string",
                "storage @ ~blob : download_as_bytes download_as_text download_as_string download_to_filename upload_from_string upload_from_filename upload_from_file download_blob upload_blob delete_blob get_blob_properties get_blob list_blobs",
            ]),
        CatalogFamily(
            "python-queue", [.python],
            [
                "bind : boto3.client(sqs) boto3.client(sns) KafkaProducer pika.BlockingConnection",
                "queue @ : send_message publish send produce basic_publish",
                "queue * : delay apply_async",
                "queue ~producer : send produce",
                "queue ~channel : basic_publish",
            ]),
    ]
}
