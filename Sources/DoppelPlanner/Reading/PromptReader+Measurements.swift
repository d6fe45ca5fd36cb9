import DoppelText

/// Measurements said in words: quantities before a measurements' noun (`temperature and humidity readings`), and what a
/// device measures (`sensors measuring temperature and humidity`), each a table of readings.
extension PromptReader {
    /// Nouns for a table of measurements taken over time.
    static let measurementNouns: Set<String> = ["readings", "measurements", "metrics", "observations", "stats", "statistics"]

    /// "sensors with temperature and humidity readings", "per-pod cpu and memory metrics", "hourly temperature, rainfall
    /// and wind measurements": the quantities before a measurements' noun, joined by `and` or commas, are that table's
    /// columns (`readings (temperature, humidity)`, `pod metrics (cpu, memory)`), not a column of the table before and a
    /// second table. Each quantity is one or two words, none a function word, a plural or a number; a `per-X` or `per X`
    /// before them says whose the measurements are.
    static func foldMeasuredQuantities(_ nodes: [PromptNode]) -> [PromptNode] {
        var out = nodes
        var k = 0
        while k < out.count {
            guard let head = out[k].wordText, measurementNouns.contains(head), k >= 3,
                  k + 1 == out.count || !(out[k + 1].children.map { GroupReader.isColumnList($0) } ?? false) else { k += 1; continue }
            // The quantities, last first: words back to `and` or a comma, then more before each.
            var quantities: [[PromptNode]] = []
            var j = k
            var firstStart = k
            while j > 0 {
                var words: [PromptNode] = []
                var i = j - 1
                while i >= 0, words.count < 2, let w = out[i].wordText, !Vocabulary.isFunctionWord(w), !Vocabulary.conjunctions.contains(w),
                      !Inflector.isPlural(w) || w.hasSuffix("ss"), !w.hasPrefix("per-"), w != "per", !w.hasSuffix("ly"),
                      !Vocabulary.determiners.contains(w), !isMeasureQualifier(w) {
                    words.insert(out[i], at: 0)
                    i -= 1
                }
                guard !words.isEmpty else { break }
                quantities.insert(words, at: 0)
                firstStart = i + 1
                guard i >= 1, out[i].isWord("and") || out[i].isKind(.comma) else { break }
                j = i
                if out[j].isWord("and"), j >= 1, out[j - 1].isKind(.comma) { j -= 1 }  // "a, b, and c"
            }
            guard quantities.count >= 2 else { k += 1; continue }
            var start = firstStart
            // "per-pod", "per pod", "hourly": whose and how often, kept before the noun
            var before: [PromptNode] = []
            if start >= 1, let w = out[start - 1].wordText, w.hasPrefix("per-"), w.count > 4 {
                before = [.token(PromptToken(.word, Inflector.singular(String(w.dropFirst(4)))))]
                start -= 1
            } else if start >= 2, out[start - 2].isWord("per"), let w = out[start - 1].wordText {
                before = [.token(PromptToken(.word, Inflector.singular(w)))]
                start -= 2
            } else if start >= 1, let w = out[start - 1].wordText, w.hasSuffix("ly"), w.count > 4 {
                before = [out[start - 1]]
                start -= 1
            }
            let columns = quantityColumns(quantities)
            let folded = before + [out[k], .group(columns)]
            out.replaceSubrange(start...k, with: folded)
            k = start + folded.count
        }
        return out
    }

    /// Participles of measuring, after a device: `sensors measuring temperature and humidity`.
    static let measuringVerbs: Set<String> = ["measuring", "recording", "monitoring", "sensing", "logging", "reporting", "reading", "tracking", "capturing"]

    /// "sensors measuring temperature, humidity and CO2 in each zone", "meters recording voltage and current": what a
    /// device measures is a table of its readings (`… with readings (temperature, humidity, co2) in each zone`), not
    /// a column of the devices and a table named for the last quantity. Each quantity is one or two words, none a plural,
    /// a function word or a number.
    static func foldMeasuringDevices(_ nodes: [PromptNode]) -> [PromptNode] {
        guard let k = nodes.indices.first(where: { k in
            // (a device's: people who track or report something keep their own tables)
            k > 0 && nodes[k].wordText.map(measuringVerbs.contains) == true && nodes[k - 1].wordText.map {
                Inflector.isPlural($0) && !DomainCatalogue.personNouns.contains(Inflector.singular($0))
            } == true
        }) else { return nodes }
        var quantities: [[PromptNode]] = [[]]
        var j = k + 1
        while j < nodes.count {
            let n = nodes[j]
            if n.isKind(.comma) || n.isWord("and") {
                // (a comma before `plus` or before another table ends the list)
                if quantities[quantities.count - 1].isEmpty { break }
                if n.isKind(.comma), j + 1 < nodes.count, nodes[j + 1].isWord("plus") || nodes[j + 1].isWord("and") && j + 2 < nodes.count
                    && nodes[j + 2].wordText.map(Inflector.isPlural) == true { break }
                quantities.append([])
                j += 1
                continue
            }
            guard let w = n.wordText, !Vocabulary.isFunctionWord(w), !Vocabulary.determiners.contains(w), !Inflector.isPlural(w) || w.hasSuffix("ss"),
                  quantities[quantities.count - 1].count < 2 else { break }
            quantities[quantities.count - 1].append(n)
            j += 1
        }
        // (a last `and` or comma with nothing after it is no quantity: step back over it)
        while let last = quantities.last, last.isEmpty { quantities.removeLast(); j -= 1 }
        guard !quantities.isEmpty, quantities.allSatisfy({ !$0.isEmpty }) else { return nodes }
        let columns = quantityColumns(quantities)
        let folded: [PromptNode] = [.token(PromptToken(.word, "with")), .token(PromptToken(.word, "readings")), .group(columns)]
        return Array(nodes[..<k]) + folded + Array(nodes[j...])
    }

    /// The quantities as a bracket of columns, each of several words one identifier (`soil moisture` → `soil_moisture`),
    /// so a bracket of one is still a column list.
    static func quantityColumns(_ quantities: [[PromptNode]]) -> [PromptNode] {
        var columns: [PromptNode] = []
        for (i, q) in quantities.enumerated() {
            if i > 0 { columns.append(.token(PromptToken(.comma, ","))) }
            let words = q.compactMap(\.wordText)
            columns.append(words.count > 1 ? .token(PromptToken(.code, Identifier.join(words))) : q[0])
        }
        return columns
    }

    /// "min", "max", "average": a measure's summary, which is no quantity of its own.
    private static func isMeasureQualifier(_ w: String) -> Bool { measureQualifiers.contains(w) }
}
