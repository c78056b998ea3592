// MARK: - JavaScript and TypeScript: Prisma, TypeORM, Sequelize, Knex, D1, Drizzle, pg/mysql, fetch/axios/got, Redis, S3

extension CallCatalog {
    /// The process's command line (`process.argv`).
    static let javascriptSchemaAccessors: Set<String> = ["argv"]

    static let javascript: [CatalogFamily] = [
        CatalogFamily(
            "prisma", [.javascript, .typescript],
            [
                "bind : PrismaClient",
                "db-read ~prisma @ ~tx : findUnique findUniqueOrThrow findFirst findFirstOrThrow findMany count aggregate groupBy $queryRaw $queryRawUnsafe",
                "db-write ~prisma @ ~tx : create createMany update updateMany upsert delete deleteMany $executeRaw $executeRawUnsafe",
            ]),
        CatalogFamily(
            "typeorm", [.javascript, .typescript],
            [
                "bind : getRepository dataSource.getRepository AppDataSource.getRepository getManager getCustomRepository Repository TreeRepository EntityManager DataSource",
                "builder ~repository ~repo ~manager ~datasource @ getRepository : createQueryBuilder",
                "builder & : select addSelect where andWhere orWhere leftJoinAndSelect innerJoinAndSelect leftJoin innerJoin orderBy addOrderBy skip take limit offset groupBy having setParameter setParameters",
                "db-read & : getMany getOne getOneOrFail getRawMany getRawOne getCount getManyAndCount stream",
                "db-write & : execute",
                "db-read ~repository ~repo ~manager @ getRepository : findOne findOneBy findOneOrFail findOneByOrFail find findBy findAndCount findAndCountBy count countBy exist exists existsBy findByIds query",
                "db-write ~repository ~repo ~manager @ getRepository : save insert update delete remove upsert softDelete increment decrement",
            ]),
        CatalogFamily(
            "sequelize", [.javascript, .typescript],
            [
                "db-read Model : findAll findOne findByPk findAndCountAll count findOrCreate",
                "db-write Model : create bulkCreate update destroy upsert increment decrement",
            ]),
        CatalogFamily(
            "knex", [.javascript, .typescript],
            [
                "builder - : knex",
                "builder knex ~knex ~trx : select from table where whereIn whereNot join leftJoin orderBy limit offset groupBy",
                "builder & : select from where whereIn whereNot whereNull andWhere orWhere join leftJoin orderBy limit offset groupBy having distinct",
                "db-read & : first pluck count sum max min then",
                "db-write & : insert update del delete increment decrement upsert onConflict",
            ]),
        // Cloudflare D1 and better-sqlite3: `env.DB.prepare(sql).bind(id).first()` runs when
        // `first`/`all`/`raw`/`run` is called; a bound statement pushed for `db.batch([...])` does not.
        CatalogFamily(
            "d1", [.javascript, .typescript],
            [
                "builder ~db @ : prepare",
                "builder & : bind",
                "db-read & : first all raw",
                "db-write & : run",
            ]),
        // Drizzle: `await db.select().from(posts).where(…)` runs when awaited or executed.
        CatalogFamily(
            "drizzle", [.javascript, .typescript],
            [
                "bind : drizzle",
                "builder ~db ~tx @ : select selectDistinct",
                "builder & : from where innerJoin leftJoin rightJoin fullJoin orderBy groupBy having limit offset",
                "db-read & : all get execute",
            ]),
        CatalogFamily(
            "node-sql", [.javascript, .typescript],
            [
                "bind : Pool pg.Pool Client pg.Client mysql.createConnection mysql.createPool mysql2.createPool mysql2.createConnection",
                "db-read ~pool ~db ~conn ~connection @ : query execute",
                "db-read ~mongo ~collection : findOne find countDocuments aggregate",
                "db-write ~mongo ~collection : insertOne insertMany updateOne updateMany deleteOne deleteMany replaceOne",
                "db-read Model : findById findOne find countDocuments exists",
            ]),
        CatalogFamily(
            "node-http", [.javascript, .typescript],
            [
                "bind : axios.create got.extend ky.create ky.extend",
                "http - : fetch got ky axios $fetch ofetch needle superagent",
                "http axios got ky superagent http https needle request : get post put patch delete head request",
                "http @ ~http : get post put patch delete head request",
            ]),
        CatalogFamily(
            "node-redis", [.javascript, .typescript],
            [
                "bind : Redis IORedis createClient redis.createClient Redis.Cluster Memcached",
                "cache @ : *",
                "cache ~redis ~memcache : get set hget hset hgetall mget mset del incr decr expire exists sadd smembers lpush rpush lrange zadd zrange setex getex publish",
            ]),
        CatalogFamily(
            "node-storage", [.javascript, .typescript],
            [
                "bind : S3Client S3 AWS.S3 aws.S3 Storage BlobServiceClient.fromConnectionString BlobServiceClient",
                "storage @ ~s3 : send getObject putObject headObject deleteObject listObjectsV2 upload copyObject download save createReadStream exists getFiles getMetadata uploadData downloadToBuffer deleteBlob",
            ]),
        CatalogFamily(
            "node-queue", [.javascript, .typescript],
            [
                "bind : SQSClient SNSClient Queue Kafka.producer",
                "queue @ ~producer ~queue : add send publish sendMessage",
            ]),
    ]
}
