/// The built-in planner: a plain-language prompt in, a schema out, offline
/// and deterministic.
///
/// It reads column lists in parentheses, natural lists (`with a, b and c`),
/// backticked `table … with columns …`, one `entity: col, col` per line and
/// SQL `CREATE TABLE`; entities named without columns get columns from its
/// domain knowledge; counts set rows; `*_id`, keys, role words and phrases
/// (`reviews of courses by students`, `a post_tags join table`) become
/// references. Unknown words never fail: the result carries `warnings`.
/// See protocol/PLANNER.md.
///
/// - Important: pure and `Sendable`; safe to call from any thread. Plans
///   take milliseconds, so callers need no cancellation.
public struct Planner: Sendable {
    /// Changes whenever the same prompt may plan differently, so caches keyed
    /// on settings drop stale plans.
    public static let version = "2"

    public var settings: PlannerSettings

    public init(settings: PlannerSettings = PlannerSettings()) {
        self.settings = settings
    }

    /// Plans a schema for `prompt`. Never fails: an empty or meaningless
    /// prompt gives a generic table and a warning saying so.
    public func plan(_ prompt: String) -> PlanResult {
        let bounded = prompt.count > Self.maxPromptCharacters ? String(prompt.prefix(Self.maxPromptCharacters)) : prompt
        let reading = PromptReader.read(bounded)
        var assembler = SchemaAssembler(reading, settings: settings)
        var result = assembler.assemble()
        EngineFit.fit(&result)
        if bounded.count < prompt.count {
            result.warnings.append("The prompt is longer than \(Self.maxPromptCharacters) characters; only the start was read.")
        }
        return result
    }

    /// Longest prompt read; beyond it the text is cut (with a warning) so one request cannot take unbounded time.
    public static let maxPromptCharacters = 100_000
}
