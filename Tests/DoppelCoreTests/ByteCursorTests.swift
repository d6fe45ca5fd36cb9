import Testing
@testable import DoppelEngine

/// `ByteCursor.put` copies short runs with word-sized loads and stores: every length, at every
/// offset, copies exactly its bytes and nothing around them.
@Suite struct ByteCursorTests {
    @Test(arguments: [0, 1, 2, 3, 4, 5, 7, 8, 9, 15, 16, 17, 31, 64, 300])
    func putCopiesExactlyItsBytes(length: Int) {
        var rng = SystemRandomNumberGenerator()
        for offset in 0..<9 {
            let source = (0..<(length + 16)).map { _ in UInt8.random(in: 1...255, using: &rng) }
            var target = [UInt8](repeating: 0, count: length + 32)
            let written = source.withUnsafeBufferPointer { src in
                target.withUnsafeMutableBufferPointer { dst -> Int in
                    var cursor = ByteCursor(start: dst.baseAddress! + offset, capacity: length + 8)
                    cursor.put(UnsafeBufferPointer(rebasing: src[3..<(3 + length)]))
                    return cursor.position - (dst.baseAddress! + offset)
                }
            }
            #expect(written == length)
            #expect(Array(target[offset..<(offset + length)]) == Array(source[3..<(3 + length)]))
            #expect(target[..<offset].allSatisfy { $0 == 0 })
            #expect(target[(offset + length)...].allSatisfy { $0 == 0 })
        }
    }

    @Test func assembledPiecesArriveInOrder() {
        let out = CellBytes(capacity: 4)
        out.append(contentsOf: "x=".utf8)
        let pieces = ["a", "bcdefghij", "", "klm", "nopqrstuvwxyz0123456789"].map { Array($0.utf8) }
        out.appendAssembled(64) { cursor in
            for p in pieces { p.withUnsafeBufferPointer { cursor.put($0) } }
        }
        #expect(String(decoding: out.bytes, as: UTF8.self) == "x=abcdefghijklmnopqrstuvwxyz0123456789")
    }
}
