import DoppelText

/// A sports team's name: its city and a nickname ("Cincinnati Rovers"). The
/// city is the row's own (shared with its `city` column), so a team is named
/// for where it plays. Unique names, which cannot all carry the row's city,
/// take a place word instead ("Riverside Rovers"), never another city.
struct TeamNameKind: KindGenerator {
    let address: AddressSource
    let nicknameKey: UInt64
    var uniqueCapacity: UInt64 { UInt64(RowTitleWriter.placeWords.count * Words.teamNicknames.count) }

    func generate(_ c: inout CellContext, _ out: inout CellBytes) -> KindValue {
        if let u = c.unique {
            // Every place word before a nickname repeats: distinct names in order.
            let places = UInt64(RowTitleWriter.placeWords.count)
            out.append(contentsOf: RowTitleWriter.placeWords[Int(u % places)].utf8)
            out.append(32)
            Words.teamNicknames.append(Int(u / places % UInt64(Words.teamNicknames.count)), to: &out)
            return .text
        }
        address.address(c).appendCity(to: &out)
        out.append(32)
        var r = CellRandom(key: nicknameKey, row: c.row)
        Words.teamNicknames.appendRandom(&r, to: &out)
        return .text
    }
}
