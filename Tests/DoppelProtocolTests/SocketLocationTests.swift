import Testing
@testable import DoppelProtocol

@Suite struct SocketLocationTests {
    @Test func resolutionOrder() {
        let all = ["DOPPEL_SOCKET": "/e/s.sock", "XDG_RUNTIME_DIR": "/run/user/5", "TMPDIR": "/scratch/"]
        #expect(SocketLocation.resolve(flag: "/f.sock", environment: all, uid: 5).socketPath == "/f.sock")
        #expect(SocketLocation.resolve(flag: nil, environment: all, uid: 5).socketPath == "/e/s.sock")
        var env = all
        env["DOPPEL_SOCKET"] = nil
        #expect(SocketLocation.resolve(flag: nil, environment: env, uid: 5).socketPath == "/run/user/5/doppel/doppel.sock")
        env["XDG_RUNTIME_DIR"] = ""
        #expect(SocketLocation.resolve(flag: nil, environment: env, uid: 5).socketPath == "/scratch/doppel-5/doppel.sock")
        #expect(SocketLocation.resolve(flag: nil, environment: [:], uid: 1000).socketPath == "/tmp/doppel-1000/doppel.sock")
    }

    @Test func directoryAndLock() {
        let l = SocketLocation(socketPath: "/run/user/5/doppel/doppel.sock")
        #expect(l.directory == "/run/user/5/doppel")
        #expect(l.lockPath == "/run/user/5/doppel/doppel.sock.lock")
        #expect(SocketLocation(socketPath: "/d.sock").directory == "/")
        #expect(SocketLocation(socketPath: "d.sock").directory == ".")
    }

    @Test func lengthIsCheckedUpFront() {
        let long = "/tmp/" + String(repeating: "a", count: 102)
        #expect(SocketLocation(socketPath: long).lengthProblem == nil)  // 107 bytes: fits with its NUL
        let tooLong = long + "b"
        let problem = SocketLocation(socketPath: tooLong).lengthProblem
        #expect(problem?.contains("108 bytes, longer than the 107") == true)
        #expect(SocketLocation(socketPath: "").lengthProblem != nil)
    }
}
