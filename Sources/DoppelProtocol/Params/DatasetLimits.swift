/// How many datasets (tables) one `generate` request may hold: the hosted contract's five, or up to `ceiling`
/// where the request raises it with `max_datasets` (Doppel's addition, which the CLI always sends).
public enum DatasetLimits {
    public static let contract = 5
    public static let ceiling = 100
}
