import Foundation  // also links libm, which Int64(exactly: Double) needs on Linux

extension JSONParser {
    /// Parses JSON held in a `Data`.
    public static func parse(_ data: Data, maxDepth: Int = defaultMaxDepth) throws -> JSON {
        try data.withUnsafeBytes { raw in
            try parse(buffer: raw.bindMemory(to: UInt8.self), maxDepth: maxDepth)
        }
    }
}

extension JSON {
    /// This value as compact (or pretty) JSON in a `Data`.
    public func serializedData(pretty: Bool = false) -> Data { Data(serializedBytes(pretty: pretty)) }
}
