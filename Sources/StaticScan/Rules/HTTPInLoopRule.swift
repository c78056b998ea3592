/// HF103: an HTTP or RPC call once per iteration of a loop over data.
public struct HTTPInLoopRule: Rule {
    public init() {}

    static let check = LoopCallCheck(kinds: [.http], action: "makes an HTTP request")

    public let description = RuleDescription(
        id: "HF103",
        name: "http-in-loop",
        severity: .error,
        summary: "An HTTP or RPC request runs once per iteration of a loop over data.",
        explanation: """
            A request inside a loop over users, orders or any growing collection costs a network round trip \
            per element, and multiplies the load on the service it calls: requests/httpx/aiohttp/urllib, \
            fetch/axios/got, Go net/http, OkHttp/RestTemplate/WebClient/HttpClient, Guzzle and Laravel Http, \
            URLSession/AsyncHTTPClient/Alamofire, Faraday/HTTParty/Net::HTTP. Clients are recognised by what \
            they were made from (`s = requests.Session()`, `OkHttpClient client`). Silent: one batched \
            request, loops over literal lists, and polling, retry or pagination loops (which HF203/HF204 judge).
            """,
        hint:
            "Ask for all items in one request (a batch endpoint, an `ids=` filter), cache the responses, or move the calls to a background job; if they must run per item, bound their concurrency.",
        languages: [
            .python, .javascript, .typescript, .ruby, .go, .java, .kotlin, .php, .csharp, .swift, .elixir,
        ],
        examples: HTTPInLoopRule.examples
    )

    public func check(_ file: AnalyzedFile) -> [Finding] {
        Self.check.findings(in: file, rule: description)
    }
}
