import DoppelText
import DoppelEngine
import DoppelJSON
import DoppelPOSIX
import DoppelProtocol

/// `IO_FAILED` (1402): a file or directory a request asked for (`out_dir` and
/// the files written in it) could not be created, written, synced or renamed.
///
/// The client gets what it needs to act: the path, the call that failed, the
/// errno number and its text ("No space left on device"). Paths are the
/// client's own (`out_dir` and names under it), so nothing secret leaks.
enum IOFailure {
    /// Code of `IO_FAILED`.
    static let code = 1402
    static let kind = "IO_FAILED"

    /// The request error for a failed system call, with `data.path`, `operation`, `errno` and `reason`.
    static func error(_ failure: SystemError, doing what: String) -> RequestError {
        RequestError(code: code, kind: kind,
                     message: "Could not \(what): \(failure)",
                     extra: members(failure).appending("suggestions", .array(suggestions(failure).map(JSON.string))))
    }

    /// `path`, `operation`, `errno` and `reason` of a failed call (also added to `STORE_FAILED`).
    static func members(_ failure: SystemError) -> JSONObject {
        var o = JSONObject()
        if let path = failure.subject { o.appendUnique("path", .string(path)) }
        o.appendUnique("operation", .string(failure.operation))
        o.appendUnique("errno", .int(Int(failure.errno)))
        o.appendUnique("reason", .string(failure.reason))
        return o
    }

    static func suggestions(_ failure: SystemError) -> [String] {
        switch failure.errno {
        case SystemError.Code.noSpace: return ["Free space on that file system, or choose an out_dir on another one"]
        case SystemError.Code.readOnly, SystemError.Code.permissionDenied, SystemError.Code.notPermitted:
            return ["Choose an out_dir the daemon's user can write"]
        case SystemError.Code.nameTooLong: return ["Use a shorter out_dir or shorter entity names"]
        case SystemError.Code.notDirectory, SystemError.Code.exists: return ["Choose a path that is a directory, or one that does not exist yet"]
        default: return ["Choose another out_dir"]
        }
    }
}

private extension JSONObject {
    func appending(_ key: String, _ value: JSON) -> JSONObject {
        var o = self
        o[key] = value
        return o
    }
}
