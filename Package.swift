// swift-tools-version:6.0
// Doppel: local synthetic data. No package dependencies: Foundation, Dispatch,
// Glibc and the toolchain's test libraries only.
import PackageDescription

let strict: [SwiftSetting] = [.swiftLanguageMode(.v6)]

let package = Package(
    name: "Doppel",
    products: [
        .executable(name: "doppeld", targets: ["doppeld"]),
        .executable(name: "doppel", targets: ["doppel"]),
    ],
    targets: [
        // Pure: JSON values, parser and writer shared by every module.
        .target(name: "DoppelJSON", swiftSettings: strict),
        // Pure: frame codec, JSON-RPC envelope, error codes, message types.
        .target(name: "DoppelProtocol", dependencies: ["DoppelJSON"], swiftSettings: strict),
        // The core, split along the data's path; each layer sees only those below it.
        // Pure: the language (inflection, grammar, phrase banks), the text methods and synthesis from examples.
        .target(name: "DoppelText", dependencies: ["DoppelJSON", "DoppelProtocol"], swiftSettings: strict),
        // Pure: schema, kinds, generation, row text, writers, reality, validation on the way out.
        .target(name: "DoppelEngine", dependencies: ["DoppelJSON", "DoppelProtocol", "DoppelText"], swiftSettings: strict),
        // Pure: from a sentence to a schema.
        .target(name: "DoppelPlanner", dependencies: ["DoppelJSON", "DoppelProtocol", "DoppelText", "DoppelEngine"],
                swiftSettings: strict),
        // The OpenAI-compatible client and its caches; sockets through DoppelPOSIX.
        .target(name: "DoppelLLM", dependencies: ["DoppelJSON", "DoppelProtocol", "DoppelText", "DoppelEngine", "DoppelPOSIX"],
                swiftSettings: strict),
        // The only module that calls Glibc: sockets, flock, spawn, signals, file writes.
        .target(name: "DoppelPOSIX", swiftSettings: strict),
        // The hosted contracts, method handlers, caches, job scheduling, workers, lifecycle.
        .target(name: "DoppelServer",
                dependencies: ["DoppelJSON", "DoppelProtocol", "DoppelText", "DoppelEngine", "DoppelPlanner", "DoppelLLM",
                               "DoppelPOSIX"],
                swiftSettings: strict),
        // Locate, auto-start, connect, handshake.
        .target(name: "DoppelClient", dependencies: ["DoppelJSON", "DoppelProtocol", "DoppelPOSIX"],
                swiftSettings: strict),
        // The `doppel` command line: argument parsing, subcommands, output.
        .target(name: "DoppelCLI", dependencies: ["DoppelJSON", "DoppelProtocol", "DoppelClient", "DoppelPOSIX"],
                swiftSettings: strict),
        .executableTarget(name: "doppeld", dependencies: ["DoppelServer"], swiftSettings: strict),
        .executableTarget(name: "doppel", dependencies: ["DoppelCLI"], swiftSettings: strict),
        // Runs the engine in-process for bench/engine.sh.
        .executableTarget(name: "doppel-bench", dependencies: ["DoppelEngine", "DoppelJSON"], swiftSettings: strict),
        // The RPC latency/throughput benchmark (bench/run.sh).
        .executableTarget(name: "doppel-rpc-bench", dependencies: ["DoppelProtocol", "DoppelPOSIX"],
                          swiftSettings: strict),

        .testTarget(name: "DoppelJSONTests", dependencies: ["DoppelJSON"], swiftSettings: strict),
        .testTarget(name: "DoppelCoreTests", dependencies: ["DoppelText", "DoppelEngine", "DoppelPlanner", "DoppelProtocol", "DoppelJSON", "DoppelTestSupport"], swiftSettings: strict),
        .testTarget(name: "DoppelProtocolTests", dependencies: ["DoppelProtocol", "DoppelJSON"], swiftSettings: strict),
        .testTarget(name: "DoppelServerTests",
                    dependencies: ["DoppelServer", "DoppelProtocol", "DoppelJSON", "DoppelText", "DoppelEngine", "DoppelPlanner", "DoppelLLM", "DoppelTestSupport"],
                    swiftSettings: strict),
        .testTarget(name: "DoppelCLITests", dependencies: ["DoppelCLI", "DoppelJSON"], swiftSettings: strict),
        // Runs the real doppeld and doppel binaries over real sockets.
        .testTarget(name: "DoppelEndToEndTests",
                    dependencies: ["DoppelClient", "DoppelProtocol", "DoppelPOSIX", "DoppelJSON", "DoppelText", "DoppelEngine", "DoppelPlanner",
                                   "DoppelServer", "DoppelTestSupport"],
                    swiftSettings: strict),
        .testTarget(name: "DoppelLLMTests", dependencies: ["DoppelLLM", "DoppelText", "DoppelEngine", "DoppelPlanner", "DoppelJSON", "DoppelTestSupport"],
                    swiftSettings: strict),
        // Fixtures shared by test targets (the loopback chat-completions server, the schema drawer); only test targets depend on it.
        .target(name: "DoppelTestSupport", dependencies: ["DoppelJSON", "DoppelText", "DoppelEngine", "DoppelPlanner"], path: "Tests/DoppelTestSupport", swiftSettings: strict),
    ]
)
