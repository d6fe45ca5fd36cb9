import Foundation
import DoppelText
import DoppelEngine

/// Reads how long a server asked us to wait: `retry-after-ms` (OpenAI's
/// precise variant), else `Retry-After` as seconds or as an HTTP date.
enum RetryAfter {
    /// Seconds to wait from `now`, or nil when the reply names no (sane) wait.
    static func seconds(headers: [String: String], now: Double) -> Double? {
        if let ms = headers["retry-after-ms"].flatMap({ Double($0.trimmingWhitespace()) }), ms.isFinite, ms >= 0 {
            return ms / 1000
        }
        guard let value = headers["retry-after"]?.trimmingWhitespace(), !value.isEmpty else { return nil }
        if let s = Double(value), s.isFinite, s >= 0 { return s }
        guard let date = httpDate(value) else { return nil }
        return max(0, date - now)
    }

    /// Parses an IMF-fixdate (`Sun, 06 Nov 1994 08:49:37 GMT`) to seconds since 1970.
    static func httpDate(_ text: String) -> Double? {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "GMT")
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss 'GMT'"
        return formatter.date(from: text)?.timeIntervalSince1970
    }
}
