import DoppelJSON
import DoppelPlanner
import DoppelProtocol
@testable import DoppelServer

// The daemon's two steps in one call, for tests that check what a payload becomes:
// read the params once, plan the prompt their source names with `plan`, reconcile.
extension GenerateRequest {
    static func validate(_ params: JSON?, limits: GenerateLimits = GenerateLimits(),
                         plan: (String) -> PlanResult) -> Result<GenerateRequest, RequestError> {
        GenerateParams.parse(params, limits: limits).flatMap { read in
            switch read.source {
            case let .prompt(prompt), let .promptBesideBrokenSchema(prompt): return reconcile(read, plan: plan(prompt))
            case .schema, .nothing: return reconcile(read, plan: nil)
            }
        }
    }
}

extension GenerateDataRequest {
    static func validate(_ params: JSON?, limits: GenerateLimits = GenerateLimits(),
                         plan: (String) -> PlanResult) -> Result<GenerateDataRequest, RequestError> {
        parse(params, limits: limits).flatMap { reconcile($0, plan: plan($0.prompt)) }
    }
}
