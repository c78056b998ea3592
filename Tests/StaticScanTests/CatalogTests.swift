import Testing

@testable import StaticScan

/// The call catalog: its data parses, receivers are recognised by what they were assigned from,
/// lazy builders only count where they run, and SQL literals are carried.
@Suite struct CatalogTests {
    static func calls(_ text: String, _ language: Language, catalog: CallCatalog = .standard) -> [String] {
        AnalyzedFile(path: "x", text: text, language: language, catalog: catalog).calls
            .map { "\($0.text) \($0.kind.rawValue)\($0.executes ? "" : " lazy")" }
    }

    @Test func everyCatalogLineParses() {
        #expect(CallCatalog.standard.invalidLines.isEmpty)
        #expect(CallCatalog.standard.entries.count > 100)
    }

    @Test func receiversAreKnownByWhatTheyWereAssignedFrom() {
        #expect(
            Self.calls(
                "r = redis.Redis()\nr.get(k)\ns3 = boto3.client(\"s3\")\ns3.get_object(Bucket=b)", .python)
                == ["r.get cache", "s3.get_object storage"])
        #expect(
            Self.calls("sqs = boto3.client(\"sqs\")\nsqs.send_message(QueueUrl=u)", .python) == [
                "sqs.send_message queue"
            ])
        #expect(Self.calls("s = requests.Session()\ns.get(url)", .python) == ["s.get http"])
        #expect(
            Self.calls(
                "private final RestTemplate rest;\nvoid f() { rest.exchange(u, GET, null, String.class); }",
                .java)
                == ["rest.exchange http"])
        #expect(
            Self.calls("type S struct { rdb *redis.Client }\nfunc (s S) f() { s.rdb.Get(ctx, k) }", .go) == [
                "s.rdb.Get cache"
            ])
    }

    @Test func lazyBuildersRunOnlyWhenExecuted() {
        #expect(
            Self.calls("qs = Order.objects.filter(a=1)\nn = qs.count()", .python)
                == ["Order.objects.filter db-read lazy", "qs.count db-read"])
        #expect(
            Self.calls("User.where(active: true).order(:name).first", .ruby) == [
                "User.where.order.first db-read"
            ])
        #expect(Self.calls("stmt = select(User).where(User.id == 1)", .python).isEmpty)
    }

    @Test func rawSQLIsCarriedWithItsVerb() {
        let file = AnalyzedFile(
            path: "x.go",
            text: """
                db.Exec("DELETE FROM t WHERE id = $1", id)
                logger.Query("selected items: %d", n)
                rows, _ := conn.Query(query)
                """, language: .go)
        #expect(file.calls.map(\.text) == ["db.Exec", "conn.Query"])
        #expect(file.calls.map(\.kind) == [.dbWrite, .dbRead])
        #expect(file.calls.first?.sql == "DELETE FROM t WHERE id = $1")
        let prepared = AnalyzedFile(
            path: "x.java",
            text: """
                PreparedStatement ps = conn.prepareStatement("SELECT name FROM users WHERE id = ?");
                ResultSet rs = ps.executeQuery();
                """, language: .java)
        #expect(prepared.calls.last?.sql == "SELECT name FROM users WHERE id = ?")
    }

    @Test func configurationAddsCallNames() {
        let catalog = CallCatalog(extraCalls: [
            "db-read": ["repo.fetch_one"], "http": ["call_api"], "nonsense": ["x"],
        ])
        #expect(
            Self.calls("self.repo.fetch_one(1)\ncall_api(u)\nother(1)", .python, catalog: catalog)
                == ["self.repo.fetch_one db-read", "call_api http"])
    }

    @Test func lookAlikesAreNotCalls() {
        #expect(
            Self.calls("Math.max(a, b)\nitems.find(x)\ncache_key.get(a)\nsettings.get(\"x\")", .javascript)
                .isEmpty)
        #expect(Self.calls("Arr::get($a, 'k');\n$list->first();", .php).isEmpty)
        #expect(Self.calls("File.exists?(path)\nHash.new.count", .ruby).isEmpty)
    }
}

@Suite struct ReceiverNameTests {
    @Test(arguments: [
        ("userRepository", "repository", true), ("_httpClient", "httpclient", true),
        ("HTTPClient", "httpclient", true),
        ("feedback", "db", false), ("_db", "db", true), ("AppDbContext", "db", true), ("rdb", "db", false),
        ("s3Client", "s3", true), ("amazonS3", "s3", true), ("email", "em", false), ("em", "em", true),
        ("cacheKey", "cache", false), ("redisTemplate", "redis", true), ("$redis", "redis", true),
        ("s3_path", "s3", false), ("jdbcTemplate", "jdbc", true),
    ])
    func receiverNamesMatchByWords(_ name: String, _ text: String, _ expected: Bool) {
        #expect(ReceiverContext.names(name, client: text) == expected)
    }
}
