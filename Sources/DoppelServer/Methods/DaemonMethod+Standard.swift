extension DaemonMethod {
    /// Every method the daemon serves. Adding a method is one line here.
    public static func standard(_ configuration: DaemonConfiguration) -> [DaemonMethod] {
        var methods: [DaemonMethod] = [
            .initialize,
            .ping,
            .status,
            .shutdown,
            .feedbackGenerate,
            .ticketsGenerate,
            .interviewsGenerate,
            .conversationsGenerate,
            .synthDataGenerate,
            .schemaPlan,
            .schemaValidate,
            .schemaJSONSchema,
            .kindsList,
            .generate,
            .generateData,
            .datasetsList,
            .datasetsGet,
            .datasetsDelete,
            .jobReplay,
        ]
        if configuration.enableDebugMethods {
            methods.append(.debugSleep)
            methods.append(.debugWorkerFault)
        }
        return methods
    }
}
