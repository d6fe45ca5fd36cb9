import DoppelJSON
import DoppelPOSIX
import DoppelProtocol
import Foundation
import Testing
@testable import DoppelServer

/// The daemon run inside the test process, on a real socket, with the process
/// exit replaced by a recorder: the same behaviour the end-to-end tests check
/// with the binary, without the binary.
@Suite struct DaemonInProcessTests {
    final class ExitRecorder: @unchecked Sendable {
        let codes = Locked<[Int32]>([])
    }

    @Test func servesRequestsAndExitsAfterShutdown() throws {
        let dir = "/tmp/dpl-ip-\(UInt32.random(in: 0...UInt32.max))"
        try FileSystem.makeDirectory(dir, mode: 0o700)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let location = SocketLocation(socketPath: dir + "/d.sock")
        let lock = try #require(try FileLock.tryLock(path: location.lockPath))
        var configuration = DaemonConfiguration()
        configuration.enableDebugMethods = true
        configuration.idleTimeoutSeconds = 0
        let registry = MethodRegistry(DaemonMethod.standard(configuration))
        let identity = DaemonIdentity(version: "0.0.0", build: "in-process", pid: 1, startedAt: Date(),
                                      startedNanos: MonotonicClock.nanoseconds())
        let services = DaemonServices(configuration: configuration, socketPath: location.socketPath,
                                      log: Logger(destination: FileDescriptor(rawValue: -1)), identity: identity,
                                      methodNames: registry.names)
        let exits = ExitRecorder()
        let daemon = Daemon(services: services, registry: registry, location: location, lock: lock,
                            exitProcess: { code in exits.codes.withLock { $0.append(code) } })
        try daemon.start()

        let fd = try UnixSocket.connect(path: location.socketPath)
        defer { fd.close() }
        var decoder = FrameDecoder()
        func call(_ request: JSON) throws -> JSON {
            try fd.writeAll(FrameEncoder.frame(request.serializedBytes()))
            var buffer = [UInt8](repeating: 0, count: 65536)
            while true {
                if let frame = try decoder.next() {
                    let message = try JSONParser.parse(frame)
                    if message["method"] == nil { return message }
                    continue
                }
                let n = try buffer.withUnsafeMutableBytes { try fd.read(into: $0) }
                guard n > 0 else { throw SystemError("read", errno: 104) }
                decoder.append(contentsOf: buffer[0..<n])
            }
        }
        #expect(try call(["id": 1, "method": "ping"])["result"] == ["pong": true])
        #expect(try call(["id": 2, "method": "debug.sleep", "params": ["seconds": 0.02]])["result"] == ["sleptMs": 20])
        #expect(try call(["id": 3, "method": "status"])["result"]?["build"] == "in-process")
        #expect(try call(["id": 4, "method": "shutdown"])["result"]?["ok"] == true)
        #expect(eventually { exits.codes.current == [0] })
        #expect(try FileStatus.of(location.socketPath) == nil)
        #expect(try call(["id": 5, "method": "ping"])["error"]?["code"] == 1001)
    }
}

@discardableResult
func eventually(within seconds: Double = 10, _ condition: () throws -> Bool) rethrows -> Bool {
    let deadline = Date().addingTimeInterval(seconds)
    while Date() < deadline {
        if try condition() { return true }
        Thread.sleep(forTimeInterval: 0.01)
    }
    return try condition()
}
