import DoppelJSON
import Testing
@testable import DoppelProtocol

@Suite struct FrameDecoderTests {
    /// Three frames of different sizes (one holding multi-byte UTF-8) back to back.
    static let payloads: [[UInt8]] = [
        Array(#"{"jsonrpc":"2.0","id":1,"method":"ping"}"#.utf8),
        Array(#"{"id":"é✓","method":"status","params":{}}"#.utf8),
        Array(repeating: UInt8(ascii: "x"), count: 300),
    ]
    static let stream: [UInt8] = payloads.flatMap { FrameEncoder.frame($0) }

    private func decodeAll(_ chunks: [ArraySlice<UInt8>]) throws -> [[UInt8]] {
        var decoder = FrameDecoder()
        var out: [[UInt8]] = []
        for chunk in chunks {
            decoder.append(contentsOf: chunk)
            while let frame = try decoder.next() { out.append(frame) }
        }
        #expect(decoder.bufferedByteCount == 0)
        return out
    }

    @Test func decodesAllAtOnce() throws {
        #expect(try decodeAll([Self.stream[...]]) == Self.payloads)
    }

    @Test func decodesByteByByte() throws {
        let chunks = Self.stream.indices.map { Self.stream[$0...$0] }
        #expect(try decodeAll(chunks) == Self.payloads)
    }

    @Test func decodesSplitAtEveryOffset() throws {
        for split in 0...Self.stream.count {
            let frames = try decodeAll([Self.stream[..<split], Self.stream[split...]])
            #expect(frames == Self.payloads, "split at \(split)")
        }
    }

    @Test func headerIsBigEndianByteCount() {
        let frame = FrameEncoder.frame(Array("é".utf8))
        #expect(frame == [0, 0, 0, 2, 0xC3, 0xA9])
        var buffer: [UInt8] = [9]
        let start = FrameEncoder.beginFrame(in: &buffer)
        buffer.append(contentsOf: Array(repeating: 1, count: 258))
        FrameEncoder.endFrame(in: &buffer, start: start)
        #expect(Array(buffer[0..<5]) == [9, 0, 0, 1, 2])
    }

    @Test func zeroLengthIsAnErrorThatSticks() {
        var decoder = FrameDecoder()
        decoder.append(contentsOf: [0, 0, 0, 0] + FrameEncoder.frame(Array("{}".utf8)))
        #expect(throws: FrameError.zeroLength) { try decoder.next() }
        #expect(throws: FrameError.zeroLength) { try decoder.next() }
    }

    @Test func oversizedHeaderFailsBeforeThePayloadArrives() {
        var decoder = FrameDecoder(maxFrameBytes: 1024)
        decoder.append(contentsOf: [0, 0, 4, 1])  // 1025, and not one payload byte sent
        #expect(throws: FrameError.tooLarge(length: 1025, max: 1024)) { try decoder.next() }
        // The announced length was never allocated: only the header is buffered.
        #expect(decoder.bufferedByteCount == 4)
    }

    @Test func maximumSizedHeaderIsRefusedWithoutAllocating() {
        var decoder = FrameDecoder()
        decoder.append(contentsOf: [0xFF, 0xFF, 0xFF, 0xFF])
        #expect(throws: FrameError.tooLarge(length: UInt32.max, max: FrameDecoder.defaultMaxFrameBytes)) {
            try decoder.next()
        }
    }

    @Test func frameOfExactlyTheMaximumIsAccepted() throws {
        var decoder = FrameDecoder(maxFrameBytes: 8)
        decoder.append(contentsOf: FrameEncoder.frame(Array("12345678".utf8)))
        #expect(try decoder.next() == Array("12345678".utf8))
    }

    @Test func incompleteFrameWaitsForMoreBytes() throws {
        var decoder = FrameDecoder()
        decoder.append(contentsOf: [0, 0, 0, 5, 1, 2])
        #expect(try decoder.next() == nil)
        decoder.append(contentsOf: [3, 4, 5])
        #expect(try decoder.next() == [1, 2, 3, 4, 5])
        #expect(try decoder.next() == nil)
    }
}
