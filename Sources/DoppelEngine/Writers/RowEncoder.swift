/// Turns blocks of rows into output bytes for one entity.
///
/// `header` opens the output (shard 1 only), `footer` closes it (last shard
/// only); `encode` depends only on the block, so blocks can be encoded on
/// any thread and concatenated in order.
protocol RowEncoder: Sendable {
    func header(into out: inout [UInt8])
    func encode(_ block: RowBlock, into out: inout [UInt8])
    func footer(into out: inout [UInt8])
}

extension RowEncoder {
    func header(into out: inout [UInt8]) {}
    func footer(into out: inout [UInt8]) {}
}

enum RowEncoders {
    static func make(_ format: OutputFormat, entity: EntityPlan, plan: DatasetPlan, sql: SQLOptions,
                     csv: CSVOptions = CSVOptions()) -> any RowEncoder {
        switch format {
        case .csv: return CSVEncoder(entity: entity, options: csv)
        case .json: return JSONEncoder(entity: entity, lines: false)
        case .jsonl: return JSONEncoder(entity: entity, lines: true)
        case let .sql(d) where sql.usesCopy(d): return SQLCopyEncoder(entity: entity, batch: sql.statementRows(d))
        case let .sql(d): return SQLInsertEncoder(entity: entity, dialect: d, batch: sql.statementRows(d))
        }
    }
}
