import DoppelText

/// Cells that read other cells as text: free text written for its row, and
/// values derived through a reference. Sibling and parent cells are
/// recomputed (cells are pure), so nothing is stored between rows.
extension RowContext {
    /// Writes the free text of `plan` for the current row; `.text`, or `.null` when nothing could be said.
    func writeRowText(_ plan: RowTextPlan, _ r: inout CellRandom, into out: inout CellBytes) -> KindValue {
        if plan.form == .salary {
            // Without a title (a NULL one) the band is the generic one: the column may not allow NULL.
            let terms = plan.termsColumn.flatMap(siblingText).map(JobLadder.Terms.init) ?? .full
            return .real(JobLadder.salary(forTitle: plan.nameColumn.flatMap(siblingText) ?? "", terms: terms, &r))
        }
        if plan.form == .jobTitle, let t = plan.termsColumn, let terms = siblingText(t), JobLadder.Terms(terms) == .intern {
            let department = plan.categoryColumn.flatMap(siblingText) ?? plan.parentCategory.flatMap(parentText)
            out.append(contentsOf: JobLadder.internTitle(department: department, &r).utf8)
            return .text
        }
        if plan.form == .letterGrade || plan.form == .passed, let c = plan.ratingColumn {
            ensure(c)
            var top = plan.ratingScale
            if let s = plan.scaleColumn {
                ensure(s)
                if !nulls[s], scalars[s] > 0 { top = scalars[s] }
            }
            if plan.form == .passed {
                // (no score, no pass: an attempt not marked yet has not passed)
                return .bool(!nulls[c] && !scalars[c].isNaN && scalars[c] >= GradeScale.passShare * top)
            }
            let letter = nulls[c] || scalars[c].isNaN
                ? GradeScale.letterWithoutScore(&r) : GradeScale.letter(score: scalars[c], top: top)
            out.append(contentsOf: letter.utf8)
            return .text
        }
        if let ticket = plan.ticket {
            let text = ticketText(ticket, subject: plan.subject)
            out.append(contentsOf: (plan.form == .ticketSubject ? text.subject : text.body).utf8)
            return .text
        }
        if plan.form == .vegetarian || plan.form == .vegan {
            let name = plan.nameColumn.flatMap(siblingText) ?? ""
            return .bool(plan.form == .vegan ? DietReading.isVegan(name) : DietReading.isVegetarian(name))
        }
        if let text = lineOfItsOwn(plan, &r) {
            out.append(contentsOf: text.utf8)
            return .text
        }
        var facts = RowFacts(form: plan.form, noun: plan.noun)
        facts.row = row
        facts.pickKey = plan.pickKey
        facts.setting = plan.setting
        facts.name = plan.nameColumn.flatMap(siblingText)
        facts.category = plan.categoryColumn.flatMap(siblingText) ?? plan.parentCategory.flatMap(parentText)
        facts.maker = plan.makerColumn.flatMap(siblingText)
        if let c = plan.ratingColumn {
            ensure(c)
            // Words about an occasion that has not taken place are absent with its rating.
            if plan.absentWithoutRating, nulls[c] { return .null }
            if plan.form == .workFeedback {
                // Out of the row's own top, its graded work's, or the column's.
                var top = plan.ratingScale
                if let s = plan.scaleColumn { ensure(s); if !nulls[s], scalars[s] > 0 { top = scalars[s] } }
                if let p = plan.scaleParent, let t = parentScalar(p.referenceColumn, p.parentEntity, p.parentColumn), t > 0 { top = t }
                if !nulls[c], !scalars[c].isNaN { facts.stars = WorkFeedbackWriter.stars(score: scalars[c], top: top) }
            } else if !nulls[c], !scalars[c].isNaN, plan.ratingScale > 0 {
                facts.stars = 1 + 4 * min(max((scalars[c] - 1) / max(plan.ratingScale - 1, 1), 0), 1)
            }
        }
        if let s = plan.subject {
            facts.subjectNoun = s.noun
            facts.subjectName = parentText(s)
        } else if let n = plan.subjectNoun {
            facts.subjectNoun = n
            if let c = plan.subjectColumn { facts.subjectName = siblingText(c) }
        }
        if let pools = plan.pools, let text = pooledText(pools, facts) {
            out.append(contentsOf: text.utf8)
            return .text
        }
        out.append(contentsOf: RowTextWriter.write(facts, &r).utf8)
        return .text
    }

    /// A model's text for the row: from the pool of the row's mood when the row has a rating
    /// (else its plain pool), with `{subject}` replaced by what the row is about; nil when no pool
    /// serves the row (the built-in writer does).
    func pooledText(_ pools: RowTextPools, _ facts: RowFacts) -> String? {
        let pool = facts.stars.flatMap { _ in pools.moods[RowMood(stars: facts.stars)] } ?? pools.plain
        guard let pool else { return nil }
        let text = String(decoding: pool.texts[pool.index(row: row)], as: UTF8.self)
        return RowTextBrief.fill(text, subject: facts.subjectName ?? facts.name, noun: facts.subjectNoun ?? facts.noun)
    }

    /// A value derived through a reference: the parent's cell copied, or its price discounted.
    func derive(_ col: Int, _ f: CellProgram, _ plan: DerivedPlan, _ r: inout CellRandom, _ start: Int,
                into out: inout CellBytes) -> CellTag {
        ensure(plan.referenceColumn)
        let p = parentRows[plan.referenceColumn]
        // With no parent value to derive from (a NULL reference or parent cell), the column keeps its
        // own kind's value rather than a NULL it may not allow.
        func own() -> CellTag {
            out.removeSubrange(start...)
            return render(col, f.type, f.precision, generateOwn(plan.fallback, r, &out), start, &out)
        }
        if nulls[plan.referenceColumn] || p < 0 { return own() }
        let parent = parentContext(plan.parentEntity)
        switch plan.rule {
        case .copy:
            let tag = parent.appendCell(plan.parentColumn, row: p, into: &out)
            if tag == .null { return own() }
            scalars[col] = parent.scalars[plan.parentColumn]
            return tag
        case .discountedPrice:
            guard let price = parent.scalar(plan.parentColumn, row: p) else { return own() }
            return render(col, f.type, f.precision, .real(price * PriceDiscount.factor(&r)), start, &out)
        case .codeAndNumber:
            let mark = out.count
            if parent.appendCell(plan.parentColumn, row: p, into: &out) == .null || out.count == mark { return own() }
            ByteFormat.appendInt(Int64(1 + (plan.numbering.map { Int($0(UInt64(row))) } ?? r.below(r.chance(0.6) ? 999 : 9999))), to: &out)
            return .string
        case let .mapped(map):
            let mark = out.count
            guard parent.appendCell(plan.parentColumn, row: p, into: &out) != .null,
                  let value = map(String(decoding: out[mark...], as: UTF8.self)) else { return own() }
            out.removeSubrange(mark...)
            out.append(contentsOf: value.utf8)
            return .string
        case let .chosen(options):
            let mark = out.count
            guard parent.appendCell(plan.parentColumn, row: p, into: &out) != .null,
                  let list = options(String(decoding: out[mark...], as: UTF8.self)), !list.isEmpty else { return own() }
            out.removeSubrange(mark...)
            out.append(contentsOf: list[r.below(list.count)].utf8)
            return .string
        case let .numberIn(rangeOf, whole):
            let mark = out.count
            let tag = parent.appendCell(plan.parentColumn, row: p, into: &out)
            let text = String(decoding: out[mark...], as: UTF8.self)
            out.removeSubrange(mark...)
            guard tag != .null, let range = rangeOf(text) else { return own() }
            let u = r.unit()
            let v = range.lowerBound <= 0 ? range.lowerBound + u * (range.upperBound - range.lowerBound) : Mathx.logUniform(range, u)
            return render(col, f.type, f.precision, .real(whole ? v.rounded() : v), start, &out)
        }
    }

    /// The text of sibling `column` in the current row, nil when NULL or empty.
    func siblingText(_ column: Int) -> String? {
        scratchText { evaluate(column, into: &$0) }
    }

    /// The text of the parent cell `p` names, through the current row's reference; nil when NULL.
    func parentText(_ p: ParentText) -> String? {
        ensure(p.referenceColumn)
        var row = parentRows[p.referenceColumn]
        guard !nulls[p.referenceColumn], row >= 0 else { return nil }
        // (through the hops: each table's reference on to the next, the last to the named table)
        var context = parentContext(p.hops.first?.entity ?? p.parentEntity)
        for (i, hop) in p.hops.enumerated() {
            row = context.parentRow(hop.column, row: row)
            guard row >= 0 else { return nil }
            context = context.parentContext(i + 1 < p.hops.count ? p.hops[i + 1].entity : p.parentEntity)
        }
        return scratchText { context.appendCell(p.parentColumn, row: row, into: &$0) }
    }

    /// The text a cell `fill` writes into a scratch buffer, nil when NULL or empty.
    private func scratchText(_ fill: (inout CellBytes) -> CellTag) -> String? {
        withScratch { buffer in
            let tag = fill(&buffer)
            return tag == .null || buffer.isEmpty ? nil : String(decoding: buffer.bytes, as: UTF8.self)
        }
    }
}

/// The discount rule for a price copied from the product a line references
/// (documented in protocol/SCHEMA.md): most lines sell at the list price;
/// one in five carries a 5, 10, 15 or 20 % discount.
enum PriceDiscount {
    static let discountedShare = 0.2
    static let steps: [Double] = [0.05, 0.10, 0.15, 0.20]

    static func factor(_ r: inout CellRandom) -> Double {
        guard r.unit() < discountedShare else { return 1 }
        return 1 - steps[r.below(steps.count)]
    }
}

extension RowContext {
    /// The text of a form written by a vocabulary of its own from at most two of the row's cells (its category and
    /// grade, or its parent's category): a dose, a defect's finding, a call's note, a support line, a short post.
    /// Nil for the forms `RowTextWriter` writes from the row's facts.
    func lineOfItsOwn(_ plan: RowTextPlan, _ r: inout CellRandom) -> String? {
        switch plan.form {
        case .dose: return DoseReading.dose(ofMedication: plan.nameColumn.flatMap(siblingText) ?? "")
        case .defectReport:
            return DefectReports.write(type: plan.categoryColumn.flatMap(siblingText), severity: plan.gradeColumn.flatMap(siblingText), &r)
        case .socialPost: return SocialPosts.write(&r)
        case .supportLine: return SupportLines.write(sender: plan.categoryColumn.flatMap(siblingText), &r)
        case .callNote: return CallNotes.write(outcome: plan.categoryColumn.flatMap(siblingText) ?? plan.parentCategory.flatMap(parentText), &r)
        default: return nil
        }
    }
}
