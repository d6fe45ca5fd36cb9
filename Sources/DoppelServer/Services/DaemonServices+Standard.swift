extension DaemonServices {
    /// Installs the shared services every daemon has (caches, stores, backends),
    /// each with its status section. Adding one is one line here, e.g.
    /// `services.install(SomeCache(byteBudget: 1 << 20))`.
    static func installStandard(into services: DaemonServices) {
        _ = services.planning
        // The store's status section, and leftovers of a write or delete that a crash interrupted cleaned away.
        services.datasets.removeStale(atStartUp: true)
        let llm = services.llm
        services.log.info(llm.summary)
        if llm.isConfigured { services.status.register(.cache("llmResponses")) { llm.cacheFigures() } }
    }
}
