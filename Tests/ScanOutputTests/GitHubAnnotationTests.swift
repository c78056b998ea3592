import ScanOutput
import StaticScan
import Testing

@Suite struct GitHubAnnotationTests {
    @Test func escapesPropertiesAndMessagesAsTheRunnerExpects() {
        let finding = Finding(
            rule: "HF101", severity: .note, path: "a:b,c%d.py", line: 3, column: 4, loop_line: nil, call: "x",
            kind: nil, confidence: .low, new: true, message: "50% done\r\nnext: a,b", hint: "")
        let output = GitHubScanRenderer().render(ScanReport(findings: [finding], rules: [], filesScanned: 1))
        #expect(
            output == "::notice file=a%3Ab%2Cc%25d.py,line=3,col=4,title=HF101::50%25 done%0D%0Anext: a,b\n")
    }
}
