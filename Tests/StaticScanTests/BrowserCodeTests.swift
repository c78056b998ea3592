import StaticScan
import Testing

/// Scripts that run in the page reach no database, whatever their calls are named: those in a
/// framework's browser-script folder (BookStack's `resources/js/`) or working on the page's
/// document. A server file using a server-side DOM (jsdom's `dom.window.document`), or one read
/// once from a guard, keeps its database calls.
@Suite struct BrowserCodeTests {
    static let sortable = """
        import Sortable from 'sortablejs';

        export function setupLists(lists) {
            for (const list of lists) {
                Sortable.create(list, {group: 'book-contents'});
            }
        }
        """

    static func databaseFindings(_ text: String, path: String) -> [Finding] {
        Scanner().scan(SourceFile(path: path, text: text, changedLines: nil)).filter {
            $0.kind == "db-write" || $0.kind == "db-read"
        }
    }

    @Test func aScriptInABrowserFolderReachesNoDatabase() {
        #expect(Self.databaseFindings(Self.sortable, path: "resources/js/components/book-sort.js").isEmpty)
        #expect(Self.databaseFindings(Self.sortable, path: "app/assets/javascripts/lists.js").isEmpty)
    }

    @Test func theSameScriptOnTheServerIsAModelWrite() {
        #expect(Self.databaseFindings(Self.sortable, path: "server/lists.js").count == 1)
        #expect(Self.databaseFindings(Self.sortable, path: "src/resources/json/lists.js").count == 1)
    }

    @Test func aScriptWorkingOnThePageReachesNoDatabase() {
        let page =
            Self.sortable + """

                document.querySelectorAll('.sortable').forEach((list) => setupLists([list]));
                window.addEventListener('load', () => setupLists(document.querySelectorAll('ul')));
                """
        #expect(Self.databaseFindings(page, path: "src/lists.js").isEmpty)
    }

    @Test func aServerSideDOMOrOneGuardedReadIsNoPage() {
        let jsdom =
            Self.sortable + """

                const dom = new JSDOM(html);
                dom.window.document.querySelectorAll('script').forEach((s) => s.remove());
                dom.window.document.createElement('div');
                """
        #expect(Self.databaseFindings(jsdom, path: "server/render.js").count == 1)
        let guarded =
            Self.sortable + """

                const inBrowser = typeof window !== 'undefined' && window.location.hostname;
                """
        #expect(Self.databaseFindings(guarded, path: "server/render.js").count == 1)
    }
}
