/// A call the catalog recognises: a query, a write, an HTTP request, a cache or storage call — or
/// a lazy query builder that nothing runs at this place.
public struct CallSite: Sendable, Equatable {
    /// The chain the call belongs to.
    public var chain: CallChain
    /// Index in `chain.links` of the recognised method.
    public var link: Int
    public var kind: CallKind
    /// The ecosystem family that recognised it (`django`, `prisma`, `redis-py`, `raw-sql`).
    public var family: String
    /// False for a lazy query builder (`Order.objects.filter(…)`, `session.query(…)`): it builds
    /// a query that runs only where it is evaluated.
    public var executes: Bool
    /// The literal SQL the call carries, when it has one.
    public var sql: String?
    /// False when the call is a lazy query run by the loop that iterates it.
    public var executesWhereWritten = true
    /// For a call of a repository function that reaches I/O: the functions entered and the I/O
    /// call (empty for a call the catalog knows directly).
    public var via: [RelatedLocation] = []
    /// Why the way to I/O is uncertain, when it is (`only some of the functions … do I/O`).
    public var viaCaveat: String? = nil
    /// True when only the method's name, on any receiver, made it a call of its kind
    /// (`x.save()`, `sha.update(buffer)`): weak evidence, reported at lower confidence.
    public var knownByMethodNameOnly = false

    /// Index of the first token of the call expression (where a finding lands).
    public var startToken: Int { chain.start }
    /// Index of the method-name token.
    public var nameToken: Int { chain.links[link].token }
    /// The call as written, without arguments (`Order.objects.get`).
    public var text: String { chain.text(through: link) }

    /// The token ranges that feed the call: every argument list from the root to the method.
    public var argumentRanges: [Range<Int>] {
        chain.links.prefix(link + 1).compactMap(\.arguments)
    }
}

/// What a variable holds, as far as one file shows.
public enum BindingValue: Sendable, Equatable {
    /// A client of a family (`r = redis.Redis()`, `RestTemplate rest`).
    case client(String)
    /// A lazy query of a family (`qs = Order.objects.filter(…)`).
    case builder(String)
    /// The result of a call of this kind (`rows = cursor.fetchall()` after a query).
    case result(CallKind)
}
