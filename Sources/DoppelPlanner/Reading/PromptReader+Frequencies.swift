/// How often rows come, said in a prompt ("metrics every minute"): not a table of its own.
extension PromptReader {
    /// Units of time a frequency is said in (`every minute`, `each hour`).
    static let frequencyUnits: Set<String> = ["second", "minute", "hour", "day", "night", "week", "month", "quarter", "year", "shift"]

    /// "pod metrics every minute: cluster, …": how often rows come, not a table of minutes. (`every 5 minutes` is a count
    /// and a unit, read where counts are.)
    static func droppingFrequencies(_ nodes: [PromptNode]) -> [PromptNode] {
        var out: [PromptNode] = []
        var k = 0
        while k < nodes.count {
            if k + 1 < nodes.count, nodes[k].isWord("every") || nodes[k].isWord("each"),
               let unit = nodes[k + 1].wordText, frequencyUnits.contains(unit),
               k + 2 == nodes.count || nodes[k + 2].token.map({ [.colon, .comma, .period, .semicolon, .newline].contains($0.kind) }) == true
                || nodes[k + 2].isWord("with") || nodes[k + 2].isWord("for") || nodes[k + 2].isWord("from") || nodes[k + 2].isGroup {
                k += 2
                continue
            }
            out.append(nodes[k])
            k += 1
        }
        return out
    }
}
