// MARK: - Ruby: ActiveRecord, Net::HTTP, HTTParty, Faraday, Rails.cache, Redis, Dalli, AWS S3, jobs

extension CallCatalog {
    /// ActiveRecord's reflection of the application's own models, associations and columns.
    static let rubySchemaAccessors: Set<String> = [
        "reflect_on_all_associations", "reflections", "column_names", "attribute_names", "columns",
        "content_columns", "descendants", "subclasses",
    ]

    static let ruby: [CatalogFamily] = [
        CatalogFamily(
            "activerecord", [.ruby],
            [
                "builder Model & : where not order joins includes preload eager_load select limit offset group having distinct unscoped rewhere reorder references left_joins left_outer_joins none all lock readonly",
                "db-read Model & : find find_by find_by! first first! last last! take take! count sum average minimum maximum pluck pick ids exists? any? none? many? to_a load find_by_sql find_by_* find_all_by_* load_async",
                "db-write Model & : create create! update update! update_all delete_all destroy destroy_all insert insert_all insert_all! upsert upsert_all find_or_create_by find_or_create_by! first_or_create create_or_find_by increment! decrement! touch_all update_counters",
                "db-write * : save save! update update! destroy! destroy touch increment! decrement! update_attribute update_column update_columns toggle!",
                "db-read * : reload",
                "db-read * : select_all select_one select_value select_values select_rows exec_query",
                "db-write *.connection : execute exec_update exec_delete exec_insert",
            ]),
        CatalogFamily(
            "ruby-http", [.ruby],
            [
                "bind : Net::HTTP.new Net::HTTP.start Faraday.new Faraday.new Excon.new HTTP.persistent HTTPX.plugin",
                "http Net::HTTP : get get_response post post_form start",
                "http HTTParty Faraday RestClient Typhoeus Excon HTTP HTTPX : get post put patch delete head request",
                "http URI Kernel : open",
                "http @ : request get post put patch delete head run",
            ]),
        CatalogFamily(
            "ruby-cache", [.ruby],
            [
                "bind : Redis.new Redis.current Dalli::Client.new ConnectionPool::Wrapper.new",
                "cache @ : *",
                "cache Rails.cache : fetch read write delete exist? read_multi write_multi fetch_multi increment decrement",
                "cache ~redis : get set hget hset hgetall incr decr expire del exists mget mset setex lpush rpush lrange sadd smembers zadd zrange publish",
            ]),
        CatalogFamily(
            "ruby-storage", [.ruby],
            [
                "bind : Aws::S3::Client.new Aws::S3::Resource.new Google::Cloud::Storage.new",
                "storage @ ~s3 : get_object put_object head_object delete_object list_objects_v2 copy_object upload_file download_file object bucket file",
            ]),
        CatalogFamily(
            "ruby-queue", [.ruby],
            [
                "queue Model : perform_async perform_later perform_in perform_at deliver_later",
                "queue * : deliver_later",
            ]),
    ]
}
