/// Sizes from requests and prompts: arithmetic that cannot overflow, and numbers as messages write them.
extension Int {
    /// `2000000` → `2,000,000`, as the contract's messages write numbers.
    public var grouped: String {
        let digits = String(self.magnitude)
        var out = ""
        for (i, c) in digits.enumerated() {
            if i > 0 && (digits.count - i) % 3 == 0 { out.append(",") }
            out.append(c)
        }
        return self < 0 ? "-" + out : out
    }

    /// `self × other`, or `Int.max` when that overflows: sizes from requests and prompts can be huge.
    package func saturatingTimes(_ other: Int) -> Int {
        let (value, overflow) = multipliedReportingOverflow(by: other)
        return overflow ? Int.max : value
    }

    /// `self + other`, or `Int.max` when that overflows.
    package func saturatingPlus(_ other: Int) -> Int {
        let (value, overflow) = addingReportingOverflow(other)
        return overflow ? Int.max : value
    }
}
