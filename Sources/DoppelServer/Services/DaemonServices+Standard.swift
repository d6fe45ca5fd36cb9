extension DaemonServices {
    /// The start-up work of the services `init` built: the store's leftovers of a
    /// write or delete a crash interrupted are cleaned away, the LLM setting is logged.
    static func installStandard(into services: DaemonServices) {
        services.datasets.removeStale(atStartUp: true)
        let llm = services.llm
        services.log.info(llm.summary)
        if llm.isConfigured { services.status.register(.cache("llmResponses")) { llm.cacheFigures() } }
    }
}
