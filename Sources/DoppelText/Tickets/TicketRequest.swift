import DoppelJSON
import DoppelProtocol

/// A checked `tickets.generate` request.
public struct TicketRequest: Sendable, Equatable {
    /// The product the tickets are about, as given ("Acme CRM", "mobile_app").
    public var product: String
    /// The product type the tickets' vocabulary comes from: named or inferred from `product`, else saas.
    public var productType: ProductType
    public var count: Int
    /// Weights per priority (exact counts by largest remainder, ties in low→urgent order).
    public var priorityWeights: [(TicketPriority, Int)]
    /// Channels to draw from, uniformly; nil means the default spread.
    public var channels: [TicketChannel]?
    public var seed: UInt64
    /// `text_source`: the model or the built-in engine (routed by the server).
    public var textSource: TextSourceChoice = .auto

    /// `count` accepts 1 to 200.
    public static let countRange = 1...200
    static let known = ["product", "count", "priorityMix", "channels", "seed", "stream"] + ParamReader.textSourceMembers
    /// The default priority spread: low 30%, medium 40%, high 20%, urgent 10%.
    public static let typicalPriorities: [(TicketPriority, Int)] = [(.low, 30), (.medium, 40), (.high, 20), (.urgent, 10)]

    public static func == (a: TicketRequest, b: TicketRequest) -> Bool {
        a.product == b.product && a.productType == b.productType && a.count == b.count && a.channels == b.channels
            && a.seed == b.seed && a.textSource == b.textSource && a.priorityWeights.map(\.0) == b.priorityWeights.map(\.0)
            && a.priorityWeights.map(\.1) == b.priorityWeights.map(\.1)
    }

    /// Reads params `product` (required), `count` (required, 1–200), `priorityMix`
    /// (optional: `"typical"`, `"balanced"`, or an object of non-negative weights
    /// per priority), `channels` (optional array of channel names) and `seed`.
    ///
    /// - Throws: `RequestError` −32602 naming every bad field.
    public init(params: JSON?, defaultSeed: UInt64) throws {
        var r = ParamReader(params, known: TicketRequest.known)
        let product = r.string("product", required: true)
        let count = r.int("count", in: TicketRequest.countRange, default: nil)
        let weights = TicketRequest.readPriorities(&r)
        let channels = TicketRequest.readChannels(&r)
        let seed = r.seed(default: defaultSeed)
        let source = r.textSource()
        guard r.isValid, let product, let count, let weights else { throw r.error(method: "tickets.generate") }
        self.textSource = source
        self.product = product
        self.productType = ProductType(name: product) ?? ProductType.infer(from: product) ?? .saas
        self.count = count
        self.priorityWeights = weights
        self.channels = channels
        self.seed = seed
    }

    private static func readPriorities(_ r: inout ParamReader) -> [(TicketPriority, Int)]? {
        let accepted = TicketPriority.allCases.map(\.rawValue).joined(separator: ", ")
        guard let value = r.object["priorityMix"], !value.isNull else { return typicalPriorities }
        if let name = value.stringValue {
            switch name.lowercased() {
            case "typical", "default", "realistic": return typicalPriorities
            case "balanced", "equal": return TicketPriority.allCases.map { ($0, 1) }
            default:
                r.fail("priorityMix", "Must be \"typical\", \"balanced\" or an object of weights per priority (\(accepted)); got \"\(name)\"")
                return nil
            }
        }
        guard let object = value.objectValue else {
            r.fail("priorityMix", "Must be \"typical\", \"balanced\" or an object of weights per priority (got \(value.typeName))")
            return nil
        }
        var weights: [TicketPriority: Int] = [:]
        for (key, v) in object {
            guard let priority = TicketPriority(rawValue: key.lowercased()) else {
                r.fail("priorityMix.\(key)", "Unknown priority; must be one of: \(accepted)")
                continue
            }
            guard let w = v.doubleValue, w >= 0, w.isFinite, w <= 1_000_000 else {
                r.fail("priorityMix.\(key)", "Must be a non-negative number (got \(ParamReader.describe(v)))")
                continue
            }
            weights[priority] = Int((w * 1000).rounded())  // fractions and percentages alike
        }
        if !object.isEmpty, weights.values.reduce(0, +) == 0, r.isValid {
            r.fail("priorityMix", "At least one priority needs a weight above zero")
        }
        if object.isEmpty { r.fail("priorityMix", "Must name at least one priority (\(accepted))") }
        return TicketPriority.allCases.map { ($0, weights[$0] ?? 0) }
    }

    private static func readChannels(_ r: inout ParamReader) -> [TicketChannel]? {
        guard let value = r.object["channels"], !value.isNull else { return nil }
        guard let array = value.arrayValue, !array.isEmpty else {
            r.fail("channels", "Must be a non-empty array of channel names (\(TicketChannel.acceptedList))")
            return nil
        }
        var channels: [TicketChannel] = []
        for (i, item) in array.enumerated() {
            guard let name = item.stringValue, let channel = TicketChannel(rawValue: name.lowercased()) else {
                r.fail("channels[\(i)]", "Must be one of: \(TicketChannel.acceptedList) (got \(ParamReader.describe(item)))")
                continue
            }
            if !channels.contains(channel) { channels.append(channel) }
        }
        return channels
    }
}
