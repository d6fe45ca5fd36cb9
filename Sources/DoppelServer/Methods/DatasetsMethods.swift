import DoppelText
import DoppelEngine
import DoppelJSON

extension DaemonMethod {
    /// `datasets.list` {} → `{root, datasets: [{id, created, prompt, method, files, rows, bytes}, …]}`, newest first.
    public static let datasetsList = DaemonMethod(
        "datasets.list", summary: "The datasets in the store, newest first", run: { request in
            try request.params.rejectUnknown(allowed: [])
            let store = request.services.datasets
            let found = try await request.compute { try store.list() }
            return ["root": .string(store.root), "datasets": .array(found.map(\.summaryJSON))]
        })

    /// `datasets.get` {id} → `{id, directory, files: [{name, path, url, bytes}], manifest}`.
    public static let datasetsGet = DaemonMethod(
        "datasets.get", summary: "One stored dataset: its manifest and file paths", run: { request in
            try request.params.rejectUnknown(allowed: ["id"])
            let id = try request.params.string("id")
            let store = request.services.datasets
            return try await request.compute { try store.get(id).detailJSON }
        })

    /// `datasets.delete` {id} → `{"deleted": true, "id": …}`.
    public static let datasetsDelete = DaemonMethod(
        "datasets.delete", summary: "Remove a stored dataset and its files", run: { request in
            try request.params.rejectUnknown(allowed: ["id"])
            let id = try request.params.string("id")
            let store = request.services.datasets
            try await request.compute { try store.delete(id) }
            return ["deleted": true, "id": .string(id)]
        })
}
