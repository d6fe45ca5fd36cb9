import DoppelText
import DoppelEngine
import DoppelPlanner
import DoppelJSON
import DoppelPOSIX
import DoppelProtocol
import Glibc
import Testing
@testable import DoppelServer

/// Issue 11, defect 5: a failed file-system call reaches the client as a
/// documented application error naming the path and the errno's text.
@Suite struct IOFailureTests {
    let daemon = Daemon(services: makeServices(), registry: MethodRegistry(), location: SocketLocation(socketPath: "/nowhere"),
                        lock: FileLock(descriptor: FileDescriptor(rawValue: -1)), exitProcess: { _ in })

    @Test func aFullDiskIsIOFailedWithThePathAndTheErrnoText() {
        let failure = SystemError("write", errno: ENOSPC, subject: "/data/out/t.csv.tmp-1-2")
        let e = IOFailure.error(failure, doing: "write the output under out_dir")
        #expect(e.code == 1402 && e.kind == "IO_FAILED")
        #expect(e.message == "Could not write the output under out_dir: write /data/out/t.csv.tmp-1-2: No space left on device")
        #expect(e.data["path"] == "/data/out/t.csv.tmp-1-2" && e.data["operation"] == "write")
        #expect(e.data["errno"] == .int(Int(ENOSPC)) && e.data["reason"] == "No space left on device")
        #expect(e.data["suggestions"]?[0]?.stringValue?.contains("Free space") == true)
    }

    /// A handler that lets a system call's error escape still answers with the path and errno, never −32603.
    @Test func anUnwrappedSystemErrorIsNeverAnInternalError() {
        let e = daemon.rpcError(for: SystemError("rename", errno: EROFS, subject: "/ro/t.csv"), in: "generate")
        #expect(e.code.rawValue == 1402 && e.kind == "IO_FAILED")
        #expect(e.message.contains("/ro/t.csv") && e.message.contains("Read-only file system"))
        #expect(e.data["path"] == "/ro/t.csv" && e.data["reason"] == "Read-only file system")
    }

    @Test func storeFailedCarriesTheSameMembers() {
        let store = DatasetStore(root: "/store")
        let e = store.storeFailed(SystemError("mkdir", errno: EACCES, subject: "/store/ds-1"))
        #expect(e.code == 1401 && e.kind == "STORE_FAILED")
        #expect(e.data["root"] == "/store" && e.data["path"] == "/store/ds-1" && e.data["reason"] == "Permission denied")
    }
}
