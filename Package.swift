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
        // Pure: schema model, generators, writers, reality, planner, text engine.
        .target(name: "DoppelCore", dependencies: ["DoppelJSON"], swiftSettings: strict),
        // The OpenAI-compatible client and its caches; sockets through DoppelPOSIX.
        .target(name: "DoppelLLM", dependencies: ["DoppelJSON", "DoppelCore", "DoppelPOSIX"], swiftSettings: strict),
        // The only module that calls Glibc: sockets, flock, spawn, signals, file writes.
        .target(name: "DoppelPOSIX", swiftSettings: strict),
        // Method handlers, caches, job scheduling, lifecycle.
        .target(name: "DoppelServer",
                dependencies: ["DoppelJSON", "DoppelProtocol", "DoppelCore", "DoppelLLM", "DoppelPOSIX"],
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
        .executableTarget(name: "doppel-bench", dependencies: ["DoppelCore", "DoppelJSON"], swiftSettings: strict),
        // The RPC latency/throughput benchmark (bench/run.sh).
        .executableTarget(name: "doppel-rpc-bench", dependencies: ["DoppelProtocol", "DoppelPOSIX"],
                          swiftSettings: strict),

        .testTarget(name: "DoppelJSONTests", dependencies: ["DoppelJSON"], swiftSettings: strict),
        .testTarget(name: "DoppelCoreTests", dependencies: ["DoppelCore", "DoppelJSON", "DoppelTestSupport"], swiftSettings: strict),
        .testTarget(name: "DoppelProtocolTests", dependencies: ["DoppelProtocol", "DoppelJSON"], swiftSettings: strict),
        .testTarget(name: "DoppelServerTests",
                    dependencies: ["DoppelServer", "DoppelProtocol", "DoppelJSON", "DoppelCore", "DoppelLLM", "DoppelTestSupport"],
                    swiftSettings: strict),
        .testTarget(name: "DoppelCLITests", dependencies: ["DoppelCLI", "DoppelJSON"], swiftSettings: strict),
        // Runs the real doppeld and doppel binaries over real sockets.
        .testTarget(name: "DoppelEndToEndTests",
                    dependencies: ["DoppelClient", "DoppelProtocol", "DoppelPOSIX", "DoppelJSON", "DoppelCore", "DoppelTestSupport"],
                    swiftSettings: strict),
        .testTarget(name: "DoppelLLMTests", dependencies: ["DoppelLLM", "DoppelCore", "DoppelJSON", "DoppelTestSupport"],
                    swiftSettings: strict),
        // Fixtures shared by test targets (the loopback chat-completions server, the schema drawer); only test targets depend on it.
        .target(name: "DoppelTestSupport", dependencies: ["DoppelJSON", "DoppelCore"], path: "Tests/DoppelTestSupport", swiftSettings: strict),
    ]
)
