/// Splits a server-sent event stream (`text/event-stream`) into the `data`
/// of each event, from bytes fed in pieces of any size.
///
/// Pure. Lines end with LF or CRLF; an empty line ends an event; several
/// `data:` lines of one event are joined with a line feed; comments (`:`)
/// and other fields are skipped. Chat-completions streams send one JSON
/// chunk per event and `[DONE]` at the end.
struct SSEDecoder {
    private var line: [UInt8] = []
    private var data: [String] = []

    /// Takes the next bytes; returns the `data` of the events they complete.
    mutating func feed(_ bytes: [UInt8]) -> [String] {
        var events: [String] = []
        for byte in bytes {
            guard byte == 10 else {
                line.append(byte)
                continue
            }
            if line.last == 13 { line.removeLast() }
            if line.isEmpty {
                if !data.isEmpty { events.append(data.joined(separator: "\n")) }
                data = []
            } else {
                let text = String(decoding: line, as: UTF8.self)
                if text.hasPrefix("data:") {
                    var value = text.dropFirst(5)
                    if value.first == " " { value = value.dropFirst() }
                    data.append(String(value))
                }
            }
            line = []
        }
        return events
    }

    /// The stream ended: the data of an event not closed by an empty line.
    mutating func finish() -> [String] {
        var events = feed(line.isEmpty ? [] : [10])
        if !data.isEmpty { events.append(data.joined(separator: "\n")) }
        data = []
        return events
    }
}
