import DoppelText
import DoppelEngine

/// Where a reference points: an entity and one of its fields (nil: its key).
struct ReferenceTarget: Equatable {
    var entity: Int
    var field: String?
    /// Found through a role word (`manager`, `origin`) rather than a table name.
    var viaRole = false
}

extension SchemaAssembler {
    /// The table a column of entity `ei` refers to, by the rules in order:
    /// an explicit target (`another employee`), `<entity>_id` (also
    /// `start_station_id`), `<entity>_<key>` (`doctor_npi`), a key named the
    /// same (`vin`, `merchant_code`), a table word (`white_player`,
    /// `from_warehouse`), then role words (`manager`, `follower_id`, `origin`).
    func referenceTarget(_ name: String, in ei: Int, draft: ColumnDraft?) -> ReferenceTarget? {
        let e = entities[ei]
        if let t = draft?.target {
            if t == ["self"] || Self.names(t, e) { return ReferenceTarget(entity: ei, field: nil, viaRole: true) }
            if let j = resolveEntity(t) { return ReferenceTarget(entity: j, field: draft?.targetField, viaRole: j == ei) }
        }
        let words = Identifier.words(name)
        guard let last = words.last else { return nil }
        // <entity>_id, <role>_<entity>_id
        if words.count >= 2, last == "id" || last == "fk" {
            let stem = Array(words.dropLast())
            for k in 0..<stem.count {
                let s = Self.key(stem[k...].joined(separator: "_"))
                if let j = entities.firstIndex(where: { $0.key == s }) {
                    if j == ei && k == 0 { break }  // its own key spelled differently: not a reference
                    return ReferenceTarget(entity: j, field: nil, viaRole: j == ei)
                }
            }
            // `team_a_id`, `player_2_id`: a table word with a qualifier after it.
            if stem.count >= 2, RoleWords.qualifiers.contains(stem[stem.count - 1]),
               let j = entities.firstIndex(where: { $0.key == Self.key(stem.dropLast().joined(separator: "_")) }) {
                return ReferenceTarget(entity: j, field: nil, viaRole: j == ei)
            }
            let s = Self.key(stem.last ?? "")
            if let j = uniqueIndex({ entities[$0].head == s && $0 != ei }) { return ReferenceTarget(entity: j, field: nil) }
            // `holder_id` of a policy: the table of a closed compound ending in that word (policyholders).
            if s.count >= 4, let j = uniqueIndex({ $0 != ei && entities[$0].key.count > s.count + 2 && entities[$0].key.hasSuffix(s) }) {
                return ReferenceTarget(entity: j, field: nil)
            }
            if let r = roleTarget(stem.joined(separator: "_"), in: ei) ?? roleTarget(stem.last ?? "", in: ei) { return r }
            return nil
        }
        // <entity>_<key>: doctor_npi, merchant_code, account_number, test_code
        if words.count >= 2 {
            for suffixLength in [2, 1] where words.count > suffixLength {
                let suffix = words.suffix(suffixLength).joined(separator: "_")
                guard RoleWords.keySuffixes.contains(suffix) || RoleWords.naturalKeyOwners[suffix] != nil else { continue }
                let stem = Self.key(words.dropLast(suffixLength).joined(separator: "_"))
                let j = entities.firstIndex(where: { $0.key == stem }) ?? uniqueIndex { entities[$0].head == stem }
                if let j, j != ei {
                    let target = entities[j]
                    if target.index(of: name) != nil { return ReferenceTarget(entity: j, field: name) }
                    if target.index(of: suffix) != nil { return ReferenceTarget(entity: j, field: suffix) }
                    if let pk = target.primaryKey, pk.name.hasSuffix(suffix) { return ReferenceTarget(entity: j, field: pk.name) }
                    if target.primaryKey?.name == "id", ["code", "number", "no", "num", "ref", "key", "uuid", "tag"].contains(suffix) {
                        return nil  // a code of its own, not the other table's key
                    }
                    return ReferenceTarget(entity: j, field: suffix)
                }
            }
        }
        // A key another table owns: `vin` → vehicles.vin, `merchant_code` when merchants are keyed by it.
        for (j, other) in entities.enumerated() where j != ei {
            if let pk = other.primaryKey, pk.name == name, !RoleWords.ownAttributes.contains(name) { return ReferenceTarget(entity: j, field: name) }
        }
        if let owners = RoleWords.naturalKeyOwners[name] {
            for owner in owners {
                if let j = entities.firstIndex(where: { $0.key == owner || $0.head == owner }), j != ei {
                    return ReferenceTarget(entity: j, field: name)
                }
            }
        }
        // `team_a`, `player_2`: a table word with a qualifier after it.
        if words.count >= 2, RoleWords.qualifiers.contains(last) {
            let stem = Self.key(words.dropLast().joined(separator: "_"))
            if let j = entities.firstIndex(where: { $0.key == stem }) { return ReferenceTarget(entity: j, field: nil, viaRole: j == ei) }
        }
        // `from_iban`, `source_sku`: a qualifier before another table's key column.
        if words.count >= 2, RoleWords.qualifiers.contains(words[0]) {
            let rest = words.dropFirst().joined(separator: "_")
            for (j, other) in entities.enumerated() where j != ei {
                if let f = other.fields.first(where: { $0.name == rest }),
                   f.primaryKey || RoleWords.naturalKeyOwners[rest]?.contains(where: { $0 == other.key || $0 == other.head }) == true {
                    return ReferenceTarget(entity: j, field: rest)
                }
            }
        }
        // A table word: `team`, `white_player`, `from_warehouse`, `home_team` (not `is_member`, `total_orders`).
        let first = words[0]
        // (nor `address_of_incident`: something of the table, not the table)
        let qualified = ColumnLexicon.booleanPrefixes.contains(first) || ["num", "n", "no", "total", "count", "number", "avg", "average", "max", "min", "pct"].contains(first)
            || words.count >= 3 && words[1] == "of"
        if !qualified, words.count == 1 || Self.key(last) == last {
            // Another row of the same table only by a word that says so (`parent_category`, `previous_order`), or
            // in a table of people; a grade's `letter_grade` and an ad placement's `ad_placement` are their own values.
            let selfRole = words.count >= 2 && (RoleWords.qualifiers.contains(words[0]) || RoleWords.structuralSelfRoles.contains(words[0])
                || entities[ei].nature == .person)
            if let j = entities.firstIndex(where: { $0.key == Self.key(name) }), j != ei || selfRole {
                return ReferenceTarget(entity: j, field: nil, viaRole: j == ei)
            }
            if words.count >= 2, let j = entities.firstIndex(where: { $0.key == last || $0.head == last && $0.keyWords.count > 1 }),
               j != ei || selfRole {
                return ReferenceTarget(entity: j, field: nil, viaRole: j == ei)
            }
            // "line" in inspections when the plan has production_lines.
            if words.count == 1, let j = uniqueIndex({ $0 != ei && entities[$0].head == last && entities[$0].keyWords.count > 1 }) {
                return ReferenceTarget(entity: j, field: nil)
            }
        }
        if qualified { return nil }
        if let r = roleTarget(name, in: ei) { return r }
        if words.count >= 2, RoleWords.personRoles[last] != nil || RoleWords.selfRoles.contains(last) || RoleWords.structuralSelfRoles.contains(last) {
            return roleTarget(last, in: ei)
        }
        return nil
    }

    /// Role words: `manager` → the same table of people, `follower` → users, `origin` → airports.
    func roleTarget(_ role: String, in ei: Int) -> ReferenceTarget? {
        let e = entities[ei]
        if RoleWords.structuralSelfRoles.contains(role) { return ReferenceTarget(entity: ei, field: nil, viaRole: true) }
        if RoleWords.selfRoles.contains(role) {
            if e.nature == .person { return ReferenceTarget(entity: ei, field: nil, viaRole: true) }
            if let j = entities.firstIndex(where: { ["employee", "staff", "user", "member"].contains($0.key) }) {
                return ReferenceTarget(entity: j, field: nil, viaRole: true)
            }
            return nil
        }
        // In a support conversation with customers and agents, a message's sender is either side: a role, not one table's key.
        if ["sender", "speaker"].contains(role), isSupportDesk { return nil }
        if var prefs = RoleWords.personRoles[role] {
            // A book's author is a writer the plan has a table of, never a library's member or a shop's user.
            if RoleWords.writtenWorks.contains(e.head), ["author", "writer"].contains(role) { prefs = ["author", "writer"] }
            for p in prefs {
                if let j = entities.firstIndex(where: { $0.key == p || $0.head == p }), j != ei || e.nature == .person {
                    return ReferenceTarget(entity: j, field: nil, viaRole: true)
                }
            }
            return nil
        }
        // A swipe's `swiper` and `swipee`: who does the table's action and to whom, both people.
        if RoleWords.isPartyToAction(role, head: e.head) {
            for p in RoleWords.partyTables {
                if let j = entities.firstIndex(where: { $0.key == p || $0.head == p }), j != ei {
                    return ReferenceTarget(entity: j, field: nil, viaRole: true)
                }
            }
            return nil
        }
        if RoleWords.placeRoles.contains(role) {
            for p in RoleWords.placeTables {
                if let j = entities.firstIndex(where: { $0.key == p || $0.head == p }), j != ei {
                    return ReferenceTarget(entity: j, field: nil, viaRole: true)
                }
            }
        }
        return nil
    }

    /// Resolves every column the prompt wrote into a reference where one is meant.
    mutating func resolveColumnReferences(_ i: Int) {
        for k in entities[i].fields.indices where !entities[i].fields[k].primaryKey && entities[i].fields[k].draft != nil {
            let f = entities[i].fields[k]
            guard let draft = f.draft else { continue }
            if draft.pluralNoun, draft.target == nil, let j = resolveEntity([f.name]), j != i {
                // "customers with name, email and orders": orders belong to customers.
                pendingLinks.append((child: j, parent: i))
                entities[i].fields[k].name = ""
                continue
            }
            guard let target = referenceTarget(f.name, in: i, draft: draft) else {
                warnUnresolved(f.name, in: i)
                continue
            }
            link(field: k, of: i, to: target, rename: draft.fromProse)
        }
        entities[i].fields.removeAll { $0.name.isEmpty }
    }

    /// Makes field `k` of entity `i` reference `target`, adding the target's key column if it lacks one.
    mutating func link(field k: Int, of i: Int, to target: ReferenceTarget, rename: Bool) {
        var targetField = target.field ?? entities[target.entity].primaryKey?.name ?? "id"
        if entities[target.entity].index(of: targetField) == nil {
            var added = PlanField(name: targetField)
            added.spec = ColumnLexicon.spec(targetField, context(entities[target.entity])) ?? ColumnSpec(.string)
            added.spec?.unique = true
            added.spec?.nullable = nil
            added.fromTemplate = true
            if target.field == nil, entities[target.entity].primaryKey == nil {
                // A table read as a pairing (`matches` of two users) that another table refers to by id
                // (`messages.match_id`) is a thing of its own: the added id is its key.
                added.spec = ColumnSpec("integer id.sequence")
                added.primaryKey = true
                entities[target.entity].fields.insert(added, at: 0)
            } else {
                entities[target.entity].fields.append(added)
            }
            if entities[target.entity].origin == .listed {
                warnings.append("Added `\(targetField)` to `\(entities[target.entity].name)` so `\(entities[i].name).\(entities[i].fields[k].name)` can reference it.")
            }
        } else if let t = entities[target.entity].index(of: targetField), !entities[target.entity].fields[t].primaryKey {
            entities[target.entity].fields[t].spec?.unique = true
            if entities[target.entity].fields[t].spec == nil {
                var s = ColumnLexicon.spec(targetField, context(entities[target.entity])) ?? ColumnSpec(.string)
                s.unique = true
                entities[target.entity].fields[t].spec = s
            }
        }
        if entities[target.entity].primaryKey == nil { targetField = entities[target.entity].fields.first?.name ?? targetField }
        var f = entities[i].fields[k]
        f.references = FieldReference(entity: entities[target.entity].name, field: targetField)
        if rename, !f.name.hasSuffix("_id"), targetField == "id" || targetField.hasSuffix("_id") {
            let renamed = Identifier.snake(String(f.name.prefix(Identifier.maxLength - 3)) + "_id")
            if entities[i].index(of: renamed) == nil { f.name = renamed }
        }
        if target.entity == i || target.viaRole && ["manager", "parent", "supervisor", "mentor", "referrer", "captain"].contains(where: { f.name.hasPrefix($0) }) {
            // Most comments, messages and tasks start a thread of their own; most people and categories sit under another.
            f.nullable = target.entity == i ? (Self.threadedHeads.contains(entities[i].head) ? 0.6 : 0.1) : f.nullable
        }
        f.fanout = fanout(from: entities[i], to: entities[target.entity])
        entities[i].fields[k] = f
    }

    /// Tables of writing or work whose rows may answer or sit under an earlier row, most of them not: a comment's
    /// `parent_id` is empty for most comments.
    static let threadedHeads: Set<String> = ["comment", "reply", "message", "answer", "response", "post", "tweet", "note", "task",
                                             "issue", "ticket", "review", "thread", "email", "chat_message", "subtask", "todo"]

    func fanout(from child: PlanEntity, to parent: PlanEntity) -> Fanout {
        if parent.nature == .lookup || parent.nature == .place { return .uniform }
        if [.event, .content, .document].contains(child.nature), [.person, .thing, .organization, .account, .device].contains(parent.nature) {
            return .zipf
        }
        return .uniform
    }

    /// Adds a reference from entity `i` to entity `j`, unless one exists; reuses a same-named plain column.
    @discardableResult
    mutating func addReference(from i: Int, to j: Int, name suggested: String? = nil) -> String {
        let parent = entities[j]
        let pk = parent.primaryKey?.name ?? "id"
        var name = Identifier.snake(suggested ?? (pk == "id" ? String(parent.key.prefix(Identifier.maxLength - 3)) + "_id" : (pk.hasPrefix(parent.key + "_") ? pk : parent.key + "_" + pk)))
        if i == j && suggested == nil { name = "parent_" + name }
        if let k = entities[i].index(of: name) {
            if entities[i].fields[k].references == nil, !entities[i].fields[k].primaryKey {
                link(field: k, of: i, to: ReferenceTarget(entity: j, field: nil), rename: false)
                return name
            }
            if entities[i].fields[k].references?.entity == parent.name { return name }
            var n = 2
            while entities[i].index(of: "\(name)_\(n)") != nil { n += 1 }
            name = "\(name)_\(n)"
        }
        var f = PlanField(name: name)
        f.fromTemplate = true
        entities[i].fields.append(f)
        link(field: entities[i].fields.count - 1, of: i, to: ReferenceTarget(entity: j, field: nil), rename: false)
        return name
    }

    mutating func warnUnresolved(_ name: String, in i: Int) {
        let words = Identifier.words(name)
        guard words.count >= 2, words.last == "id" else { return }
        let stem = words.dropLast().joined(separator: "_")
        guard !ColumnLexicon.uuidStems.contains(stem), stem != "external", stem != "device" else { return }
        warnings.append("`\(entities[i].name).\(name)` looks like a reference to `\(Inflector.plural(stem))`, which the prompt does not describe; kept as a plain column.")
    }
}
