import DoppelJSON

/// One line of the on-disk response log, and the log's header line.
///
/// A record is a JSON object on one line:
/// `{"key":"<64 hex>","content":"…","prompt_tokens":N,"completion_tokens":N,"check":"<16 hex>"}`.
/// `check` is the first 8 bytes of a SHA-256 over the other members, so a
/// record damaged in place (a flipped byte, a half-written line) is noticed
/// and skipped rather than served.
enum DiskLogRecord {
    static let header: [UInt8] = Array(#"{"format":"doppel-llm-cache","version":1}"#.utf8) + [0x0A]

    /// The record line for `value` under `key`, newline included.
    static func encode(key: CacheKey, value: ChatCompletion) -> [UInt8] {
        let hex = key.hex
        var o = JSONObject()
        o.appendUnique("key", .string(hex))
        o.appendUnique("content", .string(value.content))
        o.appendUnique("prompt_tokens", .int(value.usage.promptTokens))
        o.appendUnique("completion_tokens", .int(value.usage.completionTokens))
        o.appendUnique("check", .string(check(key: hex, value: value)))
        var line = JSON.object(o).serializedBytes()
        line.append(0x0A)
        return line
    }

    /// The key and value of one line (without its newline), or nil when it is damaged.
    static func decode(_ line: UnsafeBufferPointer<UInt8>) -> (CacheKey, ChatCompletion)? {
        guard let json = try? JSONParser.parse(buffer: line, maxDepth: 4),
              let hex = json["key"]?.stringValue, let key = CacheKey(hex: hex),
              let content = json["content"]?.stringValue,
              let pt = json["prompt_tokens"]?.intValue, let ct = json["completion_tokens"]?.intValue,
              let sum = json["check"]?.stringValue
        else { return nil }
        let value = ChatCompletion(content: content, usage: TokenUsage(promptTokens: pt, completionTokens: ct))
        guard sum == check(key: hex, value: value) else { return nil }
        return (key, value)
    }

    private static func check(key: String, value: ChatCompletion) -> String {
        var h = SHA256()
        h.update(key)
        h.update([0])
        h.update(value.content)
        h.update([0])
        h.update("\(value.usage.promptTokens):\(value.usage.completionTokens)")
        return SHA256.hex(h.finalize().prefix(8))
    }
}
