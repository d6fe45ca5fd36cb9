/// `color.hex`: the hex of the row's named color, or numbered in unique mode.
struct ColorKind: KindGenerator {
    let key: UInt64
    var uniqueCapacity: UInt64 { 1 << 24 }
    func generate(_ c: inout CellContext, _ out: inout CellBytes) -> KindValue {
        if let u = c.unique {
            out.append(35)
            ByteFormat.appendHex(u, count: 6, to: &out)
            return .text
        }
        var r = CellRandom(key: key, row: c.row)
        KindFactory.colorTable.append(r.below(KindFactory.colorTable.count), 1, to: &out)
        return .text
    }
}
