import DoppelJSON

/// `$/progress` params: `done` of `total` units of request `id`.
public struct ProgressParams: Sendable, Equatable {
    public var id: RPCID
    public var done: Int
    /// nil when the total is not known yet.
    public var total: Int?
    public var message: String?

    public init(id: RPCID, done: Int, total: Int?, message: String?) {
        self.id = id
        self.done = done
        self.total = total
        self.message = message
    }

    public var json: JSON {
        var o = JSONObject()
        o.appendUnique("id", id.json)
        o.appendUnique("done", .int(done))
        o.appendUnique("total", total.map { JSON.int($0) } ?? .null)
        if let message { o.appendUnique("message", .string(message)) }
        return .object(o)
    }
}

/// `$/chunk` params: the `seq`-th batch (from 0) of items of request `id`.
public struct ChunkParams: Sendable, Equatable {
    public var id: RPCID
    public var seq: Int
    public var items: [JSON]

    public init(id: RPCID, seq: Int, items: [JSON]) {
        self.id = id
        self.seq = seq
        self.items = items
    }

    public var json: JSON { ["id": id.json, "seq": .int(seq), "items": .array(items)] }
}

/// `$/seed` params: the seed request `id` was answered with, when its params gave none.
public struct SeedParams: Sendable, Equatable {
    public var id: RPCID
    /// As the request's `seed` member would carry it (a seed Doppel draws is below 2^53).
    public var seed: Int64

    public init(id: RPCID, seed: Int64) {
        self.id = id
        self.seed = seed
    }

    public init?(json: JSON?) {
        guard let raw = json?["id"], let id = RPCID(json: raw), let seed = json?["seed"]?.int64Value else { return nil }
        self.init(id: id, seed: seed)
    }

    public var json: JSON { ["id": id.json, "seed": .int(seed)] }
}

/// `$/cancel` params: the id of the request to stop.
public struct CancelParams: Sendable, Equatable {
    public var id: RPCID

    public init(id: RPCID) { self.id = id }

    public init?(json: JSON?) {
        guard let raw = json?["id"], let id = RPCID(json: raw) else { return nil }
        self.id = id
    }

    public var json: JSON { ["id": id.json] }
}
