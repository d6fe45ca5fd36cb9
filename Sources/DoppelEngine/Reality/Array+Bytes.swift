extension Array where Element == UInt8 {
    /// Appends another byte array's contents. `append(contentsOf:)` takes its argument owned, so
    /// handing it an array the caller only borrows costs a retain and a release per call; through
    /// a buffer pointer it costs neither (this is on the per-defect path).
    @inline(__always) mutating func appendBytes(_ bytes: [UInt8]) {
        bytes.withUnsafeBufferPointer { append(contentsOf: $0) }
    }

    @inline(__always) mutating func appendBytes(_ bytes: ArraySlice<UInt8>) {
        bytes.withUnsafeBufferPointer { append(contentsOf: $0) }
    }

    @inline(__always) mutating func appendBytes(_ text: StaticString) {
        text.withUTF8Buffer { append(contentsOf: $0) }
    }
}
