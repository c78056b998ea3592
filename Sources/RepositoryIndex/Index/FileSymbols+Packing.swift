import StaticScan

// The index cache's encoding of each symbol, field by field in declaration order. A field added
// to one of these types must be added here too: `PackedSymbolsTests` fails until it is.

extension FileSymbols {
    func pack(into writer: inout PackedWriter) {
        writer.string(path)
        writer.string(language.rawValue)
        writer.int(functions.count)
        for function in functions { function.pack(into: &writer) }
        writer.int(types.count)
        for type in types { type.pack(into: &writer) }
        writer.int(variableTypes.count)
        for (name, types) in variableTypes {
            writer.string(name)
            writer.strings(types)
        }
        writer.int(associations.count)
        for association in associations { association.pack(into: &writer) }
        writer.bool(enablesLazyLoading)
        writer.strings(columns)
        writer.strings(modelsByCall)
        Self.pack(perItemReads, into: &writer)
        Self.pack(templateReads, into: &writer)
        Self.pack(perItemCalls, into: &writer)
        writer.strings(eagerLoadsOutsideFunctions)
    }

    init(unpacking reader: inout PackedReader) throws {
        self.init(path: try reader.string(), language: try reader.value(Language.self))
        functions = try (0..<reader.count()).map { _ in try FunctionSymbol(unpacking: &reader) }
        types = try (0..<reader.count()).map { _ in try TypeSymbol(unpacking: &reader) }
        for _ in 0..<(try reader.count()) {
            variableTypes[try reader.string()] = try reader.strings()
        }
        associations = try (0..<reader.count()).map { _ in try AssociationSymbol(unpacking: &reader) }
        enablesLazyLoading = try reader.bool()
        columns = try reader.strings()
        modelsByCall = try reader.strings()
        perItemReads = try Self.unpackLines(&reader)
        templateReads = try Self.unpackLines(&reader)
        perItemCalls = try Self.unpackLines(&reader)
        eagerLoadsOutsideFunctions = try reader.strings()
    }

    private static func pack(_ lines: [String: [Int]], into writer: inout PackedWriter) {
        writer.int(lines.count)
        for (name, numbers) in lines {
            writer.string(name)
            writer.ints(numbers)
        }
    }

    private static func unpackLines(_ reader: inout PackedReader) throws -> [String: [Int]] {
        var result: [String: [Int]] = [:]
        for _ in 0..<(try reader.count()) { result[try reader.string()] = try reader.ints() }
        return result
    }
}

extension FunctionSymbol {
    func pack(into writer: inout PackedWriter) {
        writer.string(name)
        writer.optionalString(owner)
        writer.int(line)
        writer.int(endLine)
        writer.bool(hasBody)
        writer.strings(annotations)
        IOCall.pack(directIO, into: &writer)
        IOCall.pack(memoizedIO, into: &writer)
        writer.int(calls.count)
        for call in calls {
            writer.string(call.name)
            writer.optionalString(call.receiver)
            writer.bool(call.onSelf)
            writer.int(call.line)
        }
        writer.bool(memoized)
        writer.strings(selfReads)
        writer.strings(eagerLoads)
        writer.bool(returnsConstantCollection)
    }

    init(unpacking reader: inout PackedReader) throws {
        name = try reader.string()
        owner = try reader.optionalString()
        line = try reader.int()
        endLine = try reader.int()
        hasBody = try reader.bool()
        annotations = try reader.strings()
        directIO = try IOCall.unpack(&reader)
        memoizedIO = try IOCall.unpack(&reader)
        calls = try (0..<reader.count()).map { _ in
            CallReference(
                name: try reader.string(), receiver: try reader.optionalString(), onSelf: try reader.bool(),
                line: try reader.int())
        }
        memoized = try reader.bool()
        selfReads = try reader.strings()
        eagerLoads = try reader.strings()
        returnsConstantCollection = try reader.bool()
    }
}

extension IOCall {
    static func pack(_ call: IOCall?, into writer: inout PackedWriter) {
        guard let call else { return writer.bool(false) }
        writer.bool(true)
        writer.string(call.kind.rawValue)
        writer.string(call.family)
        writer.string(call.name)
        writer.int(call.line)
    }

    static func unpack(_ reader: inout PackedReader) throws -> IOCall? {
        guard try reader.bool() else { return nil }
        return IOCall(
            kind: try reader.value(CallKind.self), family: try reader.string(), name: try reader.string(),
            line: try reader.int())
    }
}

extension TypeSymbol {
    func pack(into writer: inout PackedWriter) {
        writer.string(name)
        writer.string(kind.rawValue)
        writer.int(line)
        writer.strings(supertypes)
        writer.strings(qualifiedSupertypes)
        writer.strings(annotations)
    }

    init(unpacking reader: inout PackedReader) throws {
        name = try reader.string()
        kind = try reader.value(TypeKind.self)
        line = try reader.int()
        supertypes = try reader.strings()
        qualifiedSupertypes = try reader.strings()
        annotations = try reader.strings()
    }
}

extension AssociationSymbol {
    func pack(into writer: inout PackedWriter) {
        writer.optionalString(model)
        writer.string(name)
        writer.int(line)
        writer.bool(eager)
        writer.optionalString(target)
    }

    init(unpacking reader: inout PackedReader) throws {
        model = try reader.optionalString()
        name = try reader.string()
        line = try reader.int()
        eager = try reader.bool()
        target = try reader.optionalString()
    }
}
