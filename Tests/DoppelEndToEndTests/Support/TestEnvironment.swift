import DoppelPOSIX
import Foundation

/// Where the built `doppeld` and `doppel` are: beside the test bundle
/// (`.build/<triple>/debug/`), or in `$DOPPEL_BIN_DIR`.
enum Binaries {
    static let directory: String = {
        if let dir = ProcessInfo.processInfo.environment["DOPPEL_BIN_DIR"], !dir.isEmpty { return dir }
        var candidates: [String] = []
        for start in [CurrentProcess.executablePath, CommandLine.arguments.first].compactMap({ $0 }) {
            var url = URL(fileURLWithPath: start).deletingLastPathComponent()
            for _ in 0..<4 {
                candidates.append(url.path)
                url = url.deletingLastPathComponent()
            }
        }
        return candidates.first { FileSystem.isExecutableFile($0 + "/doppeld") } ?? candidates.first ?? "."
    }()

    static var daemon: String { directory + "/doppeld" }
    static var cli: String { directory + "/doppel" }
}

/// A private (0700) temporary directory with a short path, removed by `remove()`.
struct TemporaryDirectory {
    let path: String

    init() throws {
        let name = "/tmp/dpl-\(UInt32.random(in: 0...UInt32.max))"
        try FileSystem.makeDirectory(name, mode: 0o700)
        path = name
    }

    func file(_ name: String) -> String { path + "/" + name }

    func remove() { try? FileManager.default.removeItem(atPath: path) }
}

/// Polls `condition` every 10 ms until it holds or `seconds` pass; the bound
/// only stops a broken test from hanging, it is not what the test asserts.
@discardableResult
func eventually(within seconds: Double = 10, _ condition: () throws -> Bool) rethrows -> Bool {
    let deadline = Date().addingTimeInterval(seconds)
    while Date() < deadline {
        if try condition() { return true }
        Thread.sleep(forTimeInterval: 0.01)
    }
    return try condition()
}
