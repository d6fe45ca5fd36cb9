import DoppelProtocol

/// Bounds on a `generate` request. The daemon can raise `maxRecords`
/// (`--max-records`); the rest are part of the contract.
public struct GenerateLimits: Sendable, Equatable {
    /// Most records across all datasets of one request.
    public var maxRecords: Int
    public var minDatasets = 1
    /// Most datasets (tables) in one request: the contract's 5, unless the request raises it (`DatasetLimits`).
    public var maxDatasets = DatasetLimits.contract
    /// Most records in one dataset, whatever the total.
    public var maxDatasetSize: Int
    public var defaultDatasetSize = 1000
    public var minReality = 0
    public var maxReality = 10
    public var defaultReality = 3

    public static let defaultMaxRecords = 5_000_000

    public init(maxRecords: Int = GenerateLimits.defaultMaxRecords) {
        self.maxRecords = max(1, maxRecords)
        self.maxDatasetSize = max(1, maxRecords)
    }
}
