import DoppelText

extension SchemaResolver {
    /// A row that answers or sits under an earlier row of its own table is in the same place as that row: a reply is
    /// on its parent comment's post, a subtask in its parent task's project, a message in the thread of the message
    /// it answers. Each reference of the row to a table that is not of people (`post_id`, `project_id`,
    /// `conversation_id`; not `author_id` or `assignee_id`) is, when the row's self-reference names a row, that row's
    /// (`ThroughParentPlan` through the self-reference); a row with no parent draws its own. The row's creation comes
    /// after its parent row's as well as after what it followed before (a reply after the comment it answers and the post,
    /// and within the days a comment follows its post of the later of the two).
    ///
    /// Left alone: tables of people (an employee's manager may head another department), a self-reference drawn as a
    /// chain (`unique`: each row the one before), and references that are keys, unique or in a `unique_together`
    /// group (their values are enumerated).
    func applySameThread(_ entity: Entity, _ sources: inout [FieldSource?], planIndex: [String: Int]) {
        let fields = entity.fields
        guard let own = planIndex[entity.name], !Self.isPeopleTable(entity.name),
              let s = fields.indices.first(where: { c in
                  guard fields[c].references?.entity == entity.name, case let .reference(plan)? = sources[c], plan.isSelf,
                        case .random = plan.mode else { return false }
                  return true
              }) else { return }
        let grouped = Set(entity.uniqueTogether.flatMap { $0 })
        var placed: [Int] = []
        for (c, f) in fields.enumerated() where c != s {
            guard let target = f.references, target.entity != entity.name, !f.unique, !f.primaryKey, !grouped.contains(f.name),
                  !Self.isPeopleTable(target.entity), !KindInference.tokens(f.name).contains(where: Self.personRoleWords.contains),
                  case let .reference(plan)? = sources[c], case .random = plan.mode else { continue }
            sources[c] = .throughParent(ThroughParentPlan(referenceColumn: s, parentEntity: own, parentColumn: c, fallback: plan))
            placed.append(c)
        }
        // And it comes after the row it answers, as well as after whatever the rule before asked (its post).
        // (its creation, or the moment that follows its place: a reply's `sent_at` after its thread's start)
        func followsPlace(_ c: Int) -> Bool {
            switch sources[c] {
            case let .afterParent(rc, _, _, _)?: return placed.contains(rc)
            case let .afterParentStart(plan)?: return placed.contains(plan.referenceColumn)
            default: return false
            }
        }
        guard let cr = Self.creationColumn(fields, entity: entity.name) ?? fields.indices.first(where: followsPlace),
              fields[cr].references == nil else { return }
        switch sources[cr] {
        case let .afterParent(rc, p, pc, time)?:
            var plan = AfterParentStartPlan(referenceColumn: rc, parentEntity: p, parentColumn: pc, parentIsYear: false, time: time)
            plan.alsoAfter = (s, own, cr, false)
            sources[cr] = .afterParentStart(plan)
        case var .afterParentStart(plan)? where plan.alsoAfter == nil && plan.around == nil && plan.parentEnd == nil:
            plan.alsoAfter = (s, own, cr, false)
            sources[cr] = .afterParentStart(plan)
        case let .kind(g, .random)?:
            guard let time = g as? any TimeRangeGenerator, !time.isDateOnly || fields[cr].type == .date else { return }
            sources[cr] = .afterParent(referenceColumn: s, parentEntity: own, parentColumn: cr, time: time)
        default:
            return
        }
    }

    /// Words of a reference column that names a person whatever its table (`author_id` to `accounts`).
    static let personRoleWords: Set<String> = ["author", "user", "sender", "recipient", "owner", "assignee", "creator", "reporter",
                                               "poster", "commenter", "writer", "member", "customer", "agent", "reviewer", "by"]
}
