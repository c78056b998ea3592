/// Parsers for the machine-readable output of `git ls-tree -z` and `git cat-file --batch`.
enum GitObjects {
    /// The regular files (mode not `120000`, type `blob`) of a `ls-tree -z` listing: entries
    /// `<mode> <type> <object>\t<path>`, each ended by NUL.
    static func blobs(inTreeListing listing: [UInt8]) -> [(path: String, object: String)] {
        listing.split(separator: 0).compactMap { entry in
            guard let tab = entry.firstIndex(of: UInt8(ascii: "\t")) else { return nil }
            let fields = entry[..<tab].split(separator: UInt8(ascii: " "))
            guard fields.count == 3, DiffPath.decode(fields[1]) == "blob",
                DiffPath.decode(fields[0]) != "120000"
            else { return nil }
            return (DiffPath.decode(entry[(tab + 1)...]), DiffPath.decode(fields[2]))
        }
    }

    /// The objects of a `cat-file --batch` output, by object ID: for each, a header line
    /// `<object> <type> <size>` (or `<object> missing`), then `size` bytes and a newline.
    static func contents(inBatchOutput output: [UInt8]) -> [String: [UInt8]] {
        var result: [String: [UInt8]] = [:]
        var index = output.startIndex
        while index < output.endIndex {
            guard let newline = output[index...].firstIndex(of: UInt8(ascii: "\n")) else { break }
            let header = output[index..<newline].split(separator: UInt8(ascii: " "))
            index = newline + 1
            guard header.count == 3, let size = Int(DiffPath.decode(header[2])),
                index + size <= output.endIndex
            else { continue }
            result[DiffPath.decode(header[0])] = Array(output[index..<(index + size)])
            index += size + 1
        }
        return result
    }
}
