import Foundation
import Testing
import DoppelJSON
import DoppelTestSupport
@testable import DoppelText
@testable import DoppelEngine
@testable import DoppelPlanner

/// The long campaign behind `bench/fuzz.sh`: runs only when `DOPPEL_FUZZ_FROM` and
/// `DOPPEL_FUZZ_COUNT` are set. It writes `inflight` (the seed being run, so the script can
/// record a trap as a crash), `summary.json` (the tallies) and `<seed>.json` reproducers
/// into `DOPPEL_FUZZ_OUT`.
@Suite struct SchemaFuzzCampaignTests {
    static let environment = ProcessInfo.processInfo.environment

    @Test(.enabled(if: environment["DOPPEL_FUZZ_COUNT"] != nil))
    func campaignBatch() throws {
        let from = UInt64(Self.environment["DOPPEL_FUZZ_FROM"] ?? "") ?? 0
        let count = UInt64(Self.environment["DOPPEL_FUZZ_COUNT"] ?? "") ?? 0
        let out = URL(fileURLWithPath: Self.environment["DOPPEL_FUZZ_OUT"] ?? FileManager.default.temporaryDirectory.path)
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        var campaign = FuzzCampaign()
        campaign.inFlightFile = out.appendingPathComponent("inflight")
        campaign.reproducerDirectory = out.appendingPathComponent("failures")
        try campaign.run((0..<count).map { from + $0 })
        try Data(campaign.summary.serializedBytes()).write(to: out.appendingPathComponent("summary-\(from).json"))
        #expect(campaign.failures.isEmpty, "\(campaign.failures.prefix(10).joined(separator: "\n"))")
    }
}
