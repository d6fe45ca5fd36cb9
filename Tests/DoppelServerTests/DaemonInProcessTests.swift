import DoppelText
import DoppelEngine
import DoppelPlanner
import DoppelJSON
import DoppelPOSIX
import DoppelProtocol
import Foundation
import Testing
@testable import DoppelServer

/// The daemon run inside the test process, on a real socket, with the process
/// exit replaced by a recorder: the same behaviour the end-to-end tests check
/// with the binary, without the binary. (Only inline methods: task methods
/// would need a thread of the test runner's shared pool while this test blocks one.)
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
            try fd.sendAll(FrameEncoder.frame(request.serializedBytes()))
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

@Suite struct ErrorMappingTests {
    struct Secret: Error { let apiKey = "sk-do-not-leak" }

    let daemon = Daemon(services: makeServices(), registry: MethodRegistry(), location: SocketLocation(socketPath: "/nowhere"),
                        lock: FileLock(descriptor: FileDescriptor(rawValue: -1)), exitProcess: { _ in })

    @Test func requestErrorKeepsCodeMessageKindAndData() {
        let thrown = RequestError.invalidParams("invalid params: \"rows\" is required", issues: ["\"rows\" is required"],
                                                suggestions: ["add rows"], details: [("rows", "required")])
        let e = daemon.rpcError(for: thrown, in: "generate")
        #expect(e.code == .invalidParams)
        #expect(e.message == "invalid params: \"rows\" is required")
        #expect(e.data["kind"] == "INVALID_PARAMS")
        #expect(e.data["issues"] == ["\"rows\" is required"])
        #expect(e.data["suggestions"] == ["add rows"])
        #expect(e.data["details"] == ["rows": "required"])
        let app = daemon.rpcError(for: RequestError(code: 1100, kind: "DATASET_NOT_FOUND", message: "no dataset d1"), in: "datasets.get")
        #expect(app.code.rawValue == 1100 && app.kind == "DATASET_NOT_FOUND")
    }

    @Test func cancellationBecomesMinus32800() {
        #expect(daemon.rpcError(for: RequestCancelled(), in: "m").code == .requestCancelled)
        #expect(daemon.rpcError(for: CancellationError(), in: "m").code == .requestCancelled)
    }

    @Test func unknownErrorsBecomeASafeInternalError() {
        let e = daemon.rpcError(for: Secret(), in: "generate")
        #expect(e.code == .internalError)
        #expect(e.message == "internal error while handling \"generate\"")
        #expect(!e.json.serialized().contains("sk-do-not-leak"))
        #expect(e.data["kind"] == "INTERNAL_ERROR")
    }
}
