import Foundation

/// Loads many SQL scripts into fresh in-memory SQLite databases with one `sqlite3` process,
/// and reports each script that fails to load or leaves `PRAGMA foreign_key_check` non-empty.
///
/// One process per script costs more than the engine's work for a small schema, so scripts
/// run in batches; only a batch that reports anything is run again one script at a time, to
/// say which script it was.
public struct SQLiteBatch {
    var scripts: [(label: String, bytes: [UInt8])] = []

    public init() {}

    public var count: Int { scripts.count }

    public mutating func add(_ label: String, _ script: [UInt8]) { scripts.append((label, script)) }

    /// `label: what sqlite3 said` for every script that did not load cleanly.
    public func failures() throws -> [String] {
        if scripts.isEmpty { return [] }
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("doppel-sqlite-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        var paths: [String] = []
        for (i, s) in scripts.enumerated() {
            let path = dir.appendingPathComponent("\(i).sql").path
            try Data(s.bytes).write(to: URL(fileURLWithPath: path))
            paths.append(path)
        }
        var driver = ""
        for (i, p) in paths.enumerated() { driver += ".open\n.read '\(p)'\nPRAGMA foreign_key_check;\n.print #\(i)\n" }
        let expected = paths.indices.map { "#\($0)\n" }.joined()
        let (status, out, err) = try Self.sqlite3(driver)
        if status == 0 && out == expected && err.isEmpty { return [] }
        var found: [String] = []
        for (i, p) in paths.enumerated() {
            let (s, o, e) = try Self.sqlite3(".bail on\n.read '\(p)'\nPRAGMA foreign_key_check;\n")
            if s != 0 || !o.isEmpty || !e.isEmpty {
                found.append("\(scripts[i].label): sqlite3 exit \(s): \((e + o).prefix(400))")
            }
        }
        if found.isEmpty { found.append("sqlite3 batch failed but no script alone did: \(status) \(err.prefix(300)) \(out.suffix(200))") }
        return found
    }

    static func sqlite3(_ input: String) throws -> (Int32, String, String) {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = ["sqlite3", "-batch", ":memory:"]
        let inPipe = Pipe(), outPipe = Pipe(), errPipe = Pipe()
        p.standardInput = inPipe
        p.standardOutput = outPipe
        p.standardError = errPipe
        try p.run()
        let writer = Thread {
            inPipe.fileHandleForWriting.write(Data(input.utf8))
            try? inPipe.fileHandleForWriting.close()
        }
        writer.start()
        // Standard error is read on its own thread so neither pipe can fill and stall the child.
        final class Box: @unchecked Sendable { var data = Data() }  // written once by the reader thread, read after it ends
        let errBox = Box()
        let done = DispatchSemaphore(value: 0)
        let errReader = Thread {
            errBox.data = errPipe.fileHandleForReading.readDataToEndOfFile()
            done.signal()
        }
        errReader.start()
        let out = outPipe.fileHandleForReading.readDataToEndOfFile()
        done.wait()
        p.waitUntilExit()
        return (p.terminationStatus, String(decoding: out, as: UTF8.self), String(decoding: errBox.data, as: UTF8.self))
    }
}
