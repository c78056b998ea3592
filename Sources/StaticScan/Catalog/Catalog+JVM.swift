// MARK: - Java and Kotlin: JDBC, JPA/Hibernate, Spring Data, JdbcTemplate, OkHttp, RestTemplate,
// WebClient, java.net.http, Ktor, Jedis/RedisTemplate, AWS S3, GCS, Azure Blob, Kafka

extension CallCatalog {
    /// Reflection and the JPA metamodel (the application's own classes, fields and entities), and
    /// Spring Boot's command-line arguments.
    static let jvmSchemaAccessors: Set<String> = [
        "getDeclaredFields", "getDeclaredMethods", "getDeclaredAnnotations", "getEntities", "getAttributes",
        "getMetamodel", "getOptionValues", "getNonOptionArgs", "getSourceArgs",
    ]

    static let jvm: [CatalogFamily] = [
        CatalogFamily(
            "jdbc", [.java, .kotlin],
            [
                "bind : Statement PreparedStatement Connection CallableStatement DataSource.getConnection",
                "db-read ~stmt ~statement ~ps ~pst ~query ~conn ~connection @ : executeQuery execute",
                "db-write ~stmt ~statement ~ps ~pst ~query ~conn ~connection @ : executeUpdate executeLargeUpdate executeBatch",
            ]),
        CatalogFamily(
            "jpa", [.java, .kotlin],
            [
                "bind : EntityManager Session",
                "builder ~em ~entityManager ~session @ : createQuery createNamedQuery createNativeQuery",
                "builder & : setParameter setMaxResults setFirstResult setHint",
                "db-read & : getResultList getSingleResult getResultStream uniqueResult list",
                "db-write & : executeUpdate",
                "db-read ~em ~entityManager @ : find getReference refresh",
                "db-write ~em ~entityManager @ : merge remove flush",
            ]),
        CatalogFamily(
            "spring-data", [.java, .kotlin],
            [
                "db-read ~repository ~repo ~dao : findById findAll findAllById getById getOne getReferenceById existsById count findOne findBy* findAllBy* findFirstBy* findTopBy* countBy* existsBy* readBy* getBy* queryBy* streamBy* searchBy*",
                "db-write ~repository ~repo ~dao : save saveAll saveAndFlush delete deleteById deleteAll deleteAllById deleteBy* removeBy* insert update flush",
                "bind : JdbcTemplate NamedParameterJdbcTemplate",
                "db-read @ ~jdbc : query queryForObject queryForList queryForMap queryForRowSet queryForStream",
                "db-write @ ~jdbc : update batchUpdate execute",
            ]),
        CatalogFamily(
            "jvm-http", [.java, .kotlin],
            [
                "bind : OkHttpClient OkHttpClient.Builder.build RestTemplate RestTemplateBuilder.build WebClient WebClient.create WebClient.builder.build HttpClient HttpClient.newHttpClient HttpClient.newBuilder.build RestClient RestClient.create",
                "builder @ ~client ~okhttp : newCall",
                "http & : execute enqueue",
                "http @ ~resttemplate : getForObject getForEntity postForObject postForEntity exchange put patchForObject headForHeaders optionsForAllow postForLocation",
                "builder @ ~webclient ~restclient : get post put delete patch method",
                "builder & : uri header headers body bodyValue contentType accept attribute",
                "http & : retrieve exchangeToMono exchangeToFlux",
                "http @ ~httpclient : send sendAsync get post put delete patch request submitForm",
            ]),
        CatalogFamily(
            "jvm-cache", [.java, .kotlin],
            [
                "bind : Jedis JedisPool JedisCluster RedisTemplate StringRedisTemplate RedisClient.create MemcachedClient",
                "cache @ ~jedis ~redis : get set hget hset hgetAll incr decr del exists expire mget mset setex setnx lpush rpush lrange sadd smembers zadd zrange publish delete opsForValue opsForHash",
            ]),
        CatalogFamily(
            "jvm-storage", [.java, .kotlin],
            [
                "bind : S3Client AmazonS3 AmazonS3Client S3AsyncClient S3Client.create S3Client.builder.build AmazonS3ClientBuilder.defaultClient AmazonS3ClientBuilder.standard.build Storage StorageOptions.getDefaultInstance.getService BlobClient BlobContainerClient BlobServiceClient",
                "storage @ ~s3 : getObject putObject headObject deleteObject listObjectsV2 listObjects copyObject getObjectAsBytes doesObjectExist getObjectMetadata",
                "storage @ ~storage ~blob : get create readAllBytes delete reader writer downloadContent uploadFromFile upload downloadToFile getProperties exists",
            ]),
        CatalogFamily(
            "jvm-queue", [.java, .kotlin],
            [
                "bind : KafkaTemplate KafkaProducer RabbitTemplate JmsTemplate SqsClient",
                "queue @ ~kafka ~producer ~rabbit ~jms : send convertAndSend sendMessage",
            ]),
    ]
}
