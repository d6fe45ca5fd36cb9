import DoppelText
import DoppelEngine
import DoppelJSON
import Foundation

/// A dataset as it sits in the store: its manifest, where it is, its files.
public struct StoredDataset: Sendable {
    public struct File: Sendable, Equatable {
        public var name: String
        public var path: String
        public var bytes: Int

        /// `file:///…`, percent-encoded.
        public var url: String { URL(fileURLWithPath: path).absoluteString }
    }

    public var manifest: DatasetManifest
    /// `manifest.json` as stored (with members `DatasetManifest` does not model, such as `method`).
    public var stored: JSON
    public var directory: String
    public var files: [File]

    public var id: String { manifest.id }
    public var rows: Int { manifest.sizes.reduce(0) { $0 &+ $1.1 } }
    public var bytes: Int { files.reduce(0) { $0 &+ $1.bytes } }

    /// One line of `datasets.list`: `{id, created, prompt, method, files, rows, bytes}`.
    public var summaryJSON: JSON {
        var o = JSONObject()
        o.appendUnique("id", .string(id))
        o.appendUnique("created", .string(manifest.createdAt))
        o.appendUnique("prompt", manifest.prompt.map(JSON.string) ?? .null)
        o.appendUnique("method", stored["method"]?.stringValue.map(JSON.string) ?? .null)
        o.appendUnique("files", .array(files.map { .string($0.name) }))
        o.appendUnique("rows", .int(Int64(rows)))
        o.appendUnique("bytes", .int(Int64(bytes)))
        return .object(o)
    }

    /// `datasets.get`: `{id, directory, files: [{name, path, url, bytes}], manifest}`.
    public var detailJSON: JSON {
        var o = JSONObject()
        o.appendUnique("id", .string(id))
        o.appendUnique("directory", .string(directory))
        o.appendUnique("files", .array(files.map { f in
            .object(JSONObject([("name", .string(f.name)), ("path", .string(f.path)), ("url", .string(f.url)),
                                ("bytes", .int(Int64(f.bytes)))]))
        }))
        o.appendUnique("manifest", stored)
        return .object(o)
    }
}
