extension DaemonServices {
    /// Installs the shared services every daemon has (caches, stores, backends),
    /// each with its status section. Adding one is one line here, e.g.
    /// `services.install(SchemaPlanCache(capacity: 256))`.
    static func installStandard(into services: DaemonServices) {
        let llm = services.llm
        services.log.info(llm.summary)
        if llm.isConfigured { services.status.register(.cache("llmResponses")) { llm.cacheFigures() } }
    }
}
