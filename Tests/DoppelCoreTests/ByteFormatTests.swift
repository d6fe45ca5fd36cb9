import Foundation
import Testing
import DoppelTestSupport
@testable import DoppelEngine

/// The hand-written number and date writers against Swift's own formatting, over drawn values of
/// every width (the digit count decides the two-digits-a-division loop's path).
@Suite struct ByteFormatTests {
    private func text(_ body: (inout CellBytes) -> Void) -> String {
        var out = CellBytes(capacity: 1)
        body(&out)
        return String(decoding: out.bytes, as: UTF8.self)
    }

    /// A value of a drawn digit count, with the edges of each width drawn often.
    private func drawnUInt(_ d: inout FuzzRandom) -> UInt64 {
        let digits = d.int(1...20)
        switch d.int(0...3) {
        case 0: return digits == 20 ? UInt64.max : UInt64(pow(10.0, Double(digits))) - 1
        case 1: return digits == 1 ? 0 : UInt64(pow(10.0, Double(digits - 1)))
        default:
            if digits == 20 { return UInt64(10_000_000_000_000_000_000 as UInt64) + d.next() % (UInt64.max - 10_000_000_000_000_000_000) }
            let top = UInt64(pow(10.0, Double(digits)))
            return d.next() % top
        }
    }

    @Test(arguments: 0..<20) func unsignedAndSignedIntegersAreWrittenAsSwiftWritesThem(seed: Int) {
        var d = FuzzRandom(seed: UInt64(seed))
        for _ in 0..<500 {
            let v = drawnUInt(&d)
            #expect(text { ByteFormat.appendUInt(v, to: &$0) } == String(v))
            let s = Int64(bitPattern: v) | (d.chance(0.5) ? Int64.min : 0)
            let safe = s == Int64.min ? Int64.min + 1 : s
            #expect(text { ByteFormat.appendInt(safe, to: &$0) } == String(safe))
            #expect(ByteFormat.decimalDigits(v) == String(v).count)
        }
    }

    @Test(arguments: 0..<20) func fixedPointHasExactlyItsDecimals(seed: Int) {
        var d = FuzzRandom(seed: UInt64(seed))
        for _ in 0..<500 {
            let precision = d.int(1...19)
            let magnitude = Int64(bitPattern: drawnUInt(&d) >> UInt64(d.int(1...60))) & Int64.max
            let scaled = d.chance(0.3) ? -magnitude : magnitude
            // The model: the digits of |scaled|, zero-padded to more than `precision`, with the point before the last `precision`.
            var digits = String(scaled.magnitude)
            if digits.count <= precision { digits = String(repeating: "0", count: precision + 1 - digits.count) + digits }
            let cut = digits.index(digits.endIndex, offsetBy: -precision)
            let model = (scaled < 0 ? "-" : "") + digits[..<cut] + "." + digits[cut...]
            #expect(text { ByteFormat.appendFixed(scaled: scaled, precision: precision, to: &$0) } == model)
        }
    }

    @Test(arguments: 0..<10) func datesAndTimesMatchTheirFields(seed: Int) {
        var d = FuzzRandom(seed: UInt64(seed))
        for _ in 0..<300 {
            let seconds = Int64(d.int(-62_135_596_800...253_402_300_799))  // years 1–9999
            let day = CivilTime.floorDiv(seconds, 86_400)
            let c = CivilTime.civil(day)
            let s = Int(seconds - day * 86_400)
            let date = String(format: "%04d-%02d-%02d", c.year, c.month, c.day)
            let time = String(format: "%02d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
            #expect(text { CivilTime.appendDate(days: day, to: &$0) } == date)
            #expect(text { CivilTime.appendTime(secondOfDay: Int64(s), to: &$0) } == time)
            #expect(text { CivilTime.appendDateTime(seconds: seconds, to: &$0) } == date + "T" + time + "Z")
        }
    }

    @Test func statusBytesMatchCaseBlindAndLeaveNonASCIIToStrings() {
        let allowed: [[UInt8]] = ["shipped", "delivered"].map { Array($0.utf8) }
        func match(_ s: String) -> Bool? { Array(s.utf8).withUnsafeBufferPointer { RowContext.asciiMatch($0, allowed) } }
        #expect(match("Shipped") == true)
        #expect(match("DELIVERED") == true)
        #expect(match("ship") == false)
        #expect(match("shipped ") == false)
        #expect(match("") == false)
        #expect(match("livré") == nil)
    }
}

/// The scratch stack hands out a distinct, empty buffer per nesting depth, past its first capacity.
@Suite struct ScratchStackTests {
    @Test func nestedTakesGetDistinctEmptyBuffersAndTheSameOnesAgain() {
        var stack = ScratchStack()
        defer { stack.release() }
        var first: [ObjectIdentifier] = []
        for depth in 0..<11 {
            let b = stack.take()
            #expect(b.isEmpty)
            b.append(UInt8(depth))
            first.append(ObjectIdentifier(b))
        }
        #expect(Set(first).count == 11)
        for _ in 0..<11 { stack.give() }
        for depth in 0..<11 {
            let b = stack.take()
            #expect(b.isEmpty, "a buffer given back comes out empty")
            #expect(ObjectIdentifier(b) == first[depth])
        }
        for _ in 0..<11 { stack.give() }
    }
}

extension ByteFormatTests {
    @Test func powersOfTenAreExactAndClampedToTheirRange() {
        var p: UInt64 = 1
        for n in 0...19 {
            #expect(ByteFormat.pow10(n) == p)
            if n < 19 { p &*= 10 }
        }
        #expect(ByteFormat.pow10(-3) == 1)
        #expect(ByteFormat.pow10(40) == 10_000_000_000_000_000_000)
    }
}
