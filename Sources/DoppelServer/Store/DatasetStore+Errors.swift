import DoppelText
import DoppelEngine
import DoppelJSON
import DoppelPOSIX
import DoppelProtocol

extension DatasetStore {
    /// Code of `DATASET_NOT_FOUND`: a valid id with no dataset behind it.
    public static let notFoundCode = 1400
    /// Code of `STORE_FAILED`: the store's directory could not be read or written.
    public static let storeFailedCode = 1401

    static func notFound(_ id: String) -> RequestError {
        RequestError(code: notFoundCode, kind: "DATASET_NOT_FOUND", message: "No dataset with id \"\(id)\" in the store",
                     extra: JSONObject([("id", .string(id)),
                                        ("suggestions", .array(["List the stored datasets with datasets.list (doppel datasets list)"]))]))
    }

    /// A file-system failure, naming the store and the call that failed (paths only; nothing from requests but ids).
    func storeFailed(_ error: any Error) -> RequestError {
        RequestError(code: Self.storeFailedCode, kind: "STORE_FAILED",
                     message: "The dataset store at \(root) could not be used: \(error)",
                     extra: storeFailedMembers(error))
    }

    /// `root`, and for a failed system call its `path`, `operation`, `errno` and `reason` (as `IO_FAILED` has them).
    private func storeFailedMembers(_ error: any Error) -> JSONObject {
        var o = JSONObject([("root", .string(root))])
        if let failure = error as? SystemError {
            for (k, v) in IOFailure.members(failure) { o.appendUnique(k, v) }
        }
        return o
    }
}
