import Foundation

/// The few transcendental functions the generators need, in one place.
/// Foundation re-exports the C math library, so no Glibc import is needed here.
enum Mathx {
    @inline(__always) static func log(_ x: Double) -> Double { Foundation.log(x) }
    @inline(__always) static func exp(_ x: Double) -> Double { Foundation.exp(x) }
    /// The point at `u` (0..<1) of `range` on a log scale: most draws near the bottom, a few far up.
    @inline(__always) static func logUniform(_ range: ClosedRange<Double>, _ u: Double) -> Double {
        let lo = log(range.lowerBound), hi = log(range.upperBound)
        return exp(lo + u * (hi - lo))
    }
    @inline(__always) static func cos(_ x: Double) -> Double { Foundation.cos(x) }
    @inline(__always) static func sin(_ x: Double) -> Double { Foundation.sin(x) }
    @inline(__always) static func asin(_ x: Double) -> Double { Foundation.asin(x) }
    @inline(__always) static func pow(_ x: Double, _ y: Double) -> Double { Foundation.pow(x, y) }
}
