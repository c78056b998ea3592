import Foundation
import StaticScan
import TestSupport
import Testing

@testable import RepositoryIndex

/// The index cache: one packed file of every file's symbols, read back whole; an entry is used
/// only for the same content or a status that proves it, and a damaged, foreign or misplaced cache
/// is never used. Every warm index must equal the one learned from scratch.
@Suite struct IndexCacheTests {
    static let sources: [String: String] = [
        "app/models/post.rb": """
        class Post < ApplicationRecord
          has_many :comments
          belongs_to :author, class_name: "User"

          def tag_names
            @tag_names ||= tags.map(&:name)
          end
        end
        """,
        "app/views/posts/index.html.erb": """
        <% @posts.each do |post| %>
          <%= render "row", post: post %>
        <% end %>
        """,
        "app/views/posts/_row.html.erb": """
        <td><%= post.author.name %></td>
        """,
        "store/labels.py": """
        def load_labels(db, item):
            return db.execute("SELECT name FROM labels WHERE item = ?", (item,)).fetchall()


        def label_rows(db, items):
            return [load_labels(db, item) for item in items]
        """,
        "src/main/java/shop/Invoice.java": """
        @Entity
        class Invoice {
            @ManyToOne(fetch = FetchType.LAZY)
            private Customer payer;
        }

        interface InvoiceRepository extends JpaRepository<Invoice, Long> {
            @Query("select i from Invoice i where i.total > ?1")
            List<Invoice> findLarge(BigDecimal total);
        }
        """,
        "web/list.ts": """
        export async function names(ids: string[]) {
          for (const id of ids) {
            await prisma.user.findUnique({ where: { id } });
          }
        }
        """,
    ]

    /// A working tree of `files` in a temporary folder.
    struct Tree: Sendable {
        let folder: TemporaryDirectory
        let reads = ReadCount()

        init(_ files: [String: String]) throws {
            folder = try TemporaryDirectory(prefix: "hundredfold-index-cache")
            for (path, text) in files { try folder.write(text, to: path) }
        }

        var root: URL { folder.url.resolvingSymlinksInPath() }
        var cache: IndexCache { IndexCache(root: root, tool: "this build") }

        /// Its tracked files as a scan gives them: every file but the cache's.
        var workingTree: IndexBuilder.WorkingTree {
            let root = root
            let reads = reads
            let paths = folder.listFiles().filter { !$0.hasPrefix(".hundredfold/") }
            return IndexBuilder.WorkingTree(root: root, paths: paths) { path in
                reads.add(path)
                guard let data = FileManager.default.contents(atPath: root.appendingPathComponent(path).path)
                else { return nil }
                return SourceFile(path: path, text: String(decoding: data, as: UTF8.self), changedLines: nil)
            }
        }

        /// A scan some seconds after the files were written, so their status is settled.
        func index(cached: Bool = true) -> RepositoryIndex {
            IndexBuilder.build(
                [], workingTree: workingTree, cache: cached ? cache : nil,
                readAt: FileStatus.now() + 10_000_000_000)
        }

        func write(_ text: String, to path: String) throws { try folder.write(text, to: path) }

        /// Rewrites `path` as an editor does later: its modification time moves on, even when this
        /// test runs within one tick of the file system's clock.
        func edit(_ text: String, at path: String) throws {
            let file = root.appendingPathComponent(path)
            let written =
                try FileManager.default.attributesOfItem(atPath: file.path)[.modificationDate] as? Date
            try folder.write(text, to: path)
            try FileManager.default.setAttributes(
                [.modificationDate: (written ?? Date()).addingTimeInterval(5)], ofItemAtPath: file.path)
        }
    }

    final class ReadCount: @unchecked Sendable {
        private let lock = NSLock()
        private var paths: [String] = []

        func add(_ path: String) { lock.withLock { paths.append(path) } }
        func take() -> [String] {
            lock.withLock {
                defer { paths = [] }; return paths.sorted()
            }
        }
    }

    /// The same index: the same symbols per file and the same reads per item.
    static func same(_ left: RepositoryIndex, _ right: RepositoryIndex) -> Bool {
        left.files == right.files && left.perItemReads == right.perItemReads
    }

    // MARK: - The encoding

    @Test func everyFileSymbolSurvivesThePackedEncoding() throws {
        let tree = try Tree(Self.sources)
        defer { tree.folder.remove() }
        let cold = tree.index()
        #expect(cold.files.count == Self.sources.count)
        #expect(
            cold.files.contains { !$0.functions.isEmpty && !$0.types.isEmpty && !$0.associations.isEmpty })
        var contents = IndexCache.Contents()
        for (offset, symbols) in cold.files.enumerated() {
            contents.entries[symbols.path] = IndexCache.Entry(
                path: symbols.path, contentHash: UInt64(offset) << 60 | 7, contentLength: offset,
                status: FileStatus(
                    device: UInt64.max, inode: 1 << 63, size: -1, modified: Int64.min, changed: Int64.max),
                isTemplate: offset % 2 == 0, symbols: symbols)
        }
        contents.entries["README"] = IndexCache.Entry(
            path: "README", contentHash: 0, contentLength: 0, status: nil, isTemplate: false, symbols: nil)
        contents.perItemTemplates = IndexCache.PerItemEntry(templates: 42, paths: ["a", "b"])
        let decoded = try tree.cache.decode(tree.cache.encode(contents))
        #expect(decoded.entries == contents.entries)
        #expect(decoded.perItemTemplates == contents.perItemTemplates)
    }

    /// A field added to a symbol must be packed too (FileSymbols+Packing.swift): this count is
    /// the reminder.
    @Test func everyFieldOfTheSymbolsIsPacked() {
        let function = FunctionSymbol(
            name: "f", owner: nil, line: 1, endLine: 2, hasBody: true, annotations: [], directIO: nil,
            calls: [],
            eagerLoads: [])
        #expect(Mirror(reflecting: FileSymbols(path: "a", language: .python)).children.count == 13)
        #expect(Mirror(reflecting: function).children.count == 13)
        #expect(
            Mirror(
                reflecting: TypeSymbol(
                    name: "T", kind: .classType, line: 1, supertypes: [], qualifiedSupertypes: [],
                    annotations: [])
            ).children.count == 6)
        #expect(Mirror(reflecting: AssociationSymbol(model: nil, name: "a", line: 1)).children.count == 5)
        #expect(
            Mirror(reflecting: IOCall(kind: .dbRead, family: "f", name: "n", line: 1)).children.count == 4)
        #expect(
            Mirror(reflecting: CallReference(name: "n", receiver: nil, onSelf: false, line: 1)).children.count
                == 4)
    }

    // MARK: - Never stale

    @Test func unchangedFilesAreNotReadAgainAndTheIndexIsTheSame() throws {
        let tree = try Tree(Self.sources)
        defer { tree.folder.remove() }
        let cold = tree.index(cached: false)
        _ = tree.index()
        _ = tree.reads.take()
        let warm = tree.index()
        #expect(tree.reads.take().isEmpty, "every file's status vouches for its cached symbols")
        #expect(Self.same(warm, cold))
    }

    @Test func anEditedFileIsLearnedAgainEvenAtTheSameSize() throws {
        let tree = try Tree(Self.sources)
        defer { tree.folder.remove() }
        _ = tree.index()
        let edited = Self.sources["store/labels.py"]!.replacingOccurrences(of: "item = ?", with: "kind = ?")
        try tree.edit(edited, at: "store/labels.py")
        _ = tree.reads.take()
        let warm = tree.index()
        #expect(tree.reads.take() == ["store/labels.py"])
        #expect(Self.same(warm, tree.index(cached: false)))
    }

    /// A file written in the same instant as the scan read it keeps no status: the next scan
    /// checks its content.
    @Test func aFileJustWrittenIsCheckedByItsContentNextTime() throws {
        let tree = try Tree(Self.sources)
        defer { tree.folder.remove() }
        _ = IndexBuilder.build([], workingTree: tree.workingTree, cache: tree.cache)
        #expect(tree.cache.load().entries.values.allSatisfy { $0.status == nil })
        try tree.write(
            Self.sources["web/list.ts"]!.replacingOccurrences(of: "user", with: "team"), to: "web/list.ts")
        let warm = IndexBuilder.build([], workingTree: tree.workingTree, cache: tree.cache)
        #expect(Self.same(warm, tree.index(cached: false)))
    }

    @Test func addedRemovedAndRenamedFilesAreSeen() throws {
        let tree = try Tree(Self.sources)
        defer { tree.folder.remove() }
        _ = tree.index()
        try FileManager.default.moveItem(
            at: tree.root.appendingPathComponent("store/labels.py"),
            to: tree.root.appendingPathComponent("store/tags.py"))
        try FileManager.default.removeItem(at: tree.root.appendingPathComponent("web/list.ts"))
        try tree.write("def fetch(db):\n    return db.execute('SELECT 1')\n", to: "store/new.py")
        let warm = tree.index()
        let cold = tree.index(cached: false)
        #expect(Self.same(warm, cold))
        #expect(warm.files.map(\.path).contains("store/tags.py"))
        #expect(!warm.files.map(\.path).contains("store/labels.py"))
        #expect(!warm.files.map(\.path).contains("web/list.ts"))
    }

    /// The scanned files come with their text (the change being scanned): a cached entry serves
    /// them only for the very same text.
    @Test func scannedFilesAreMatchedByTheirText() throws {
        let tree = try Tree(Self.sources)
        defer { tree.folder.remove() }
        _ = tree.index()
        let changed = SourceFile(
            path: "store/labels.py",
            text: Self.sources["store/labels.py"]! + "\n\ndef more(db):\n    return db.execute('SELECT 2')\n",
            changedLines: nil)
        let all = tree.workingTree
        let workingTree = IndexBuilder.WorkingTree(
            root: all.root, paths: all.paths.filter { $0 != changed.path }, read: all.read)
        let warm = IndexBuilder.build([changed], workingTree: workingTree, cache: tree.cache)
        let cold = IndexBuilder.build([changed], workingTree: workingTree, cache: nil)
        #expect(Self.same(warm, cold))
        #expect(
            warm.files.first { $0.path == changed.path }?.functions.map(\.name) == [
                "load_labels", "label_rows", "more",
            ])
    }

    // MARK: - Never a damaged, foreign or misplaced cache

    @Test(arguments: ["truncated", "damaged", "empty"])
    func aBrokenCacheIsIgnoredAndWrittenAnew(kind: String) throws {
        let tree = try Tree(Self.sources)
        defer { tree.folder.remove() }
        let cold = tree.index(cached: false)
        _ = tree.index()
        var bytes = [UInt8](try Data(contentsOf: tree.cache.file))
        switch kind {
        case "truncated": bytes.removeLast(bytes.count / 2)
        case "damaged": bytes[bytes.count / 2] ^= 0x55
        default: bytes = []
        }
        try Data(bytes).write(to: tree.cache.file)
        #expect(tree.cache.load().entries.isEmpty)
        let warm = tree.index()
        #expect(Self.same(warm, cold))
        #expect(tree.cache.load().entries.count == Self.sources.count, "written anew")
    }

    @Test func anotherBuildsCacheIsNeverRead() throws {
        let tree = try Tree(Self.sources)
        defer { tree.folder.remove() }
        _ = tree.index()
        let other = IndexCache(root: tree.root, tool: "another build")
        #expect(other.file != tree.cache.file)
        #expect(other.load().entries.isEmpty)
        // Even under its file name, the other build's cache says whose it is.
        try FileManager.default.createDirectory(
            at: other.file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: tree.cache.file, to: other.file)
        #expect(other.load().entries.isEmpty)
    }

    @Test func concurrentBuildsLeaveAWholeCache() throws {
        let tree = try Tree(Self.sources)
        defer { tree.folder.remove() }
        let cold = tree.index(cached: false)
        let agree = ReadCount()
        DispatchQueue.concurrentPerform(iterations: 6) { _ in
            if Self.same(tree.index(), cold) { agree.add("same") }
        }
        #expect(agree.take().count == 6)
        #expect(tree.cache.load().entries.count == Self.sources.count)
        #expect(Self.same(tree.index(), cold))
    }

    /// A cache folder that is a symbolic link (to anywhere) is neither read nor written.
    @Test func aLinkedCacheFolderIsNotUsed() throws {
        let tree = try Tree(Self.sources)
        defer { tree.folder.remove() }
        let outside = try TemporaryDirectory(prefix: "hundredfold-outside")
        defer { outside.remove() }
        try FileManager.default.createDirectory(
            at: tree.root.appendingPathComponent(".hundredfold"), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(
            at: tree.root.appendingPathComponent(".hundredfold/cache"), withDestinationURL: outside.url)
        let warm = tree.index()
        #expect(Self.same(warm, tree.index(cached: false)))
        #expect(outside.listFiles().isEmpty)
    }

    @Test func theCacheFolderTellsGitToIgnoreIt() throws {
        let tree = try Tree(Self.sources)
        defer { tree.folder.remove() }
        _ = tree.index()
        let ignore = tree.cache.file.deletingLastPathComponent().appendingPathComponent(".gitignore")
        #expect(try String(contentsOf: ignore, encoding: .utf8) == "*\n")
    }
}
