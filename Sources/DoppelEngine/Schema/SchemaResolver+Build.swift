import DoppelJSON
import DoppelText

extension SchemaResolver {
    /// Compiles the resolved schema into entity plans, in dependency order.
    mutating func build() -> DatasetPlan? {
        var planIndex: [String: Int] = [:]
        for (i, e) in order.enumerated() { planIndex[schema.entities[e].name] = i }
        var plans: [EntityPlan] = []
        for (i, e) in order.enumerated() {
            if let p = buildEntity(schema.entities[e], index: i, planIndex: planIndex) { plans.append(p) }
        }
        guard problems.isEmpty, plans.count == schema.entities.count else { return nil }
        var resolved = schema
        resolved.seed = seed
        return DatasetPlan(schema: resolved, seed: seed, anchor: anchor, entities: plans)
    }

    static let sequenceLike: Set<String> = ["id.sequence", "id.uuid"]

    /// What to change when a unique field has more rows than its kind has values (protocol/SCHEMA.md, "Constraints
    /// the engine cannot meet").
    static func capacityMessage(rows: UInt64, kind: String, capacity: UInt64) -> String {
        "unique: \(rows) rows need \(rows) distinct values, but kind \(kind) has only \(capacity) with these options; "
            + "ask for at most \(capacity) rows, drop unique, or pick a kind with more values (id.pattern, or wider min/max)"
    }

    /// Per person role, the unique name field its person follows (`PersonEnumeration`): a full
    /// name before a first name before a last name, the first in the schema among equals. Also
    /// the permutation of each such field, which its unique mode must use too.
    func personEnumerations(_ entity: Entity, roles: Roles, singlePK: Bool)
        -> (byRole: [String: PersonEnumeration], byField: [Int: IndexPermutation]) {
        var byRole: [String: PersonEnumeration] = [:]
        var byField: [Int: IndexPermutation] = [:]
        let candidates = entity.fields.enumerated().compactMap { c, f -> (part: PersonEnumeration.Part, column: Int, capacity: UInt64)? in
            guard f.unique || (f.primaryKey && singlePK), f.references == nil,
                  let part = f.kind.flatMap(PersonEnumeration.part(ofKind:)) else { return nil }
            let capacity = PersonEnumeration.capacity(part, locales[0])
            return UInt64(max(entity.rows, 0)) <= capacity ? (part, c, capacity) : nil
        }
        for (part, c, capacity) in candidates.sorted(by: { ($0.part, $0.column) < ($1.part, $1.column) }) {
            let f = entity.fields[c]
            let permutation = IndexPermutation(domain: capacity, key: Mix.key(seed: seed, entity: entity.name, stream: f.name))
            byField[c] = permutation
            let role = roles.person(f)
            if byRole[role] == nil { byRole[role] = PersonEnumeration(part: part, permutation: permutation, locale: locales[0]) }
        }
        return (byRole, byField)
    }

    // swiftlint:disable:next function_body_length
    mutating func buildEntity(_ entity: Entity, index: Int, planIndex: [String: Int]) -> EntityPlan? {
        let roles = Roles(entity: entity)
        let fields = entity.fields
        let pkColumns = fields.indices.filter { fields[$0].primaryKey }
        let singlePK = pkColumns.count == 1
        var sources: [FieldSource?] = Array(repeating: nil, count: fields.count)
        var generators: [(any KindGenerator)?] = Array(repeating: nil, count: fields.count)
        var capacities: [UInt64] = Array(repeating: 0, count: fields.count)
        let enumerations = personEnumerations(entity, roles: roles, singlePK: singlePK)

        for (c, f) in fields.enumerated() {
            let key = Mix.key(seed: seed, entity: entity.name, stream: f.name)
            let unique = f.unique || (f.primaryKey && singlePK) || Self.namesRowsFromList(entity, f)
            if let ref = f.references {
                guard let p = planIndex[ref.entity], let parent = schema.entity(named: ref.entity),
                      let pc = parent.fields.firstIndex(where: { $0.name == ref.field }) else { continue }
                capacities[c] = UInt64(parent.rows)
                let mode: IndexMode = unique || happensOnceEach(entity, f) ? .unique(IndexPermutation(domain: UInt64(max(parent.rows, 1)), key: key)) : .random
                sources[c] = .reference(ReferencePlan(
                    parentEntity: p, parentColumn: pc, parentRows: parent.rows, fanout: f.fanout ?? .uniform,
                    isSelf: ref.entity == entity.name, mode: mode,
                    spread: IndexPermutation(domain: UInt64(max(parent.rows, 1)), key: key ^ 0x5EED)))
                continue
            }
            if !unique, !f.primaryKey, f.type == .string || f.type == .text,
               let pool = PooledText(options.textPools[ResolveOptions.poolKey(entity: entity.name, field: f.name)] ?? [], key: key) {
                generators[c] = pool
                sources[c] = .kind(pool, .random)
                continue
            }
            guard let kind = f.kind else { continue }
            let ctx = KindBuildContext(
                seed: seed, entity: entity.name, field: f, type: f.type,
                personKey: Mix.key(seed: seed, entity: entity.name, stream: "@person:" + roles.person(f)),
                addressKey: Mix.key(seed: seed, entity: entity.name, stream: "@address:" + roles.address(f)),
                primaryLocale: locales[0], anchor: anchor, writtenPrecision: Self.writtenPrecision(f),
                personEnumeration: enumerations.byRole[roles.person(f)], dataset: schema.name,
                schoolGrades: Self.schoolGradeColumn(entity.fields) != nil, oneCity: isLocalNetwork(entity),
                mealOrder: isMealOrder(entity))
            switch KindFactory.make(kind, ctx) {
            case let .failure(e):
                if !e.message.isEmpty && (KindCatalogue.entry(kind) != nil || kind == "enum") { problem(entity.name, f.name, e.message) }
                continue
            case var .success(g):
                if let s = g as? SequenceKind, UInt64(entity.rows) > s.uniqueCapacity {
                    problem(entity.name, f.name, "start, step: \(entity.rows) rows from \(s.start) in steps of \(s.step) pass the 64-bit integer range; use a smaller start or step")
                    continue
                }
                var mode = IndexMode.random
                if unique && !Self.sequenceLike.contains(kind) {
                    let rows = UInt64(max(entity.rows, 0))
                    var cap = g.uniqueCapacity
                    // A listed code kind with more rows than its list continues in its values' shape; rows
                    // then number densely, so every listed value is used before any continued one.
                    var dense = cap >= (1 << 62)
                    if rows > cap, cap > 0, let extended = ShapeExtendedKind(g, key: key), rows <= extended.uniqueCapacity {
                        g = extended
                        cap = extended.uniqueCapacity
                        dense = true
                    }
                    if cap == 0 {
                        problem(entity.name, f.name, "unique: kind \(kind) cannot produce guaranteed-distinct values; drop unique or pick a kind such as id.pattern")
                        continue
                    }
                    if rows > cap {
                        problem(entity.name, f.name, Self.capacityMessage(rows: rows, kind: kind, capacity: cap))
                        continue
                    }
                    // Unbounded kinds number rows densely (short suffixes); bounded ones spread over their whole range.
                    // A name its person follows keeps the permutation the person was given.
                    mode = .unique(enumerations.byField[c] ?? IndexPermutation(domain: dense ? max(rows, 1) : cap, key: key))
                }
                generators[c] = g
                capacities[c] = g.uniqueCapacity
                sources[c] = .kind(g, mode)
            }
        }

        Self.sharePicksWithUniqueColumns(&sources)

        // unique_together groups, and a composite primary key as one more group.
        var groupSpecs = entity.uniqueTogether.compactMap { names -> [Int]? in
            let cols = names.compactMap { n in fields.firstIndex { $0.name == n } }
            return cols.count == names.count && !cols.isEmpty ? cols : nil
        }
        if pkColumns.count > 1 { groupSpecs.append(pkColumns) }
        var groups: [UniqueGroupPlan] = []
        for cols in groupSpecs {
            // A group holding an individually unique field is unique already.
            if cols.contains(where: { fields[$0].unique || (fields[$0].primaryKey && singlePK) }) { continue }
            var radices: [UInt64] = []
            var product: UInt64 = 1
            var ok = true
            for c in cols {
                var cap = capacities[c]
                if let k = fields[c].kind, Self.sequenceLike.contains(k), fields[c].references == nil { cap = 1 << 62 }
                if cap == 0 {
                    problem(entity.name, fields[c].name, "unique_together: kind \(fields[c].kind ?? "?") cannot enumerate distinct values; "
                            + "drop the field from unique_together or pick a kind such as id.pattern")
                    ok = false
                    break
                }
                let room = (UInt64(1) << 62) / product
                let r = min(cap, max(room, 1))
                radices.append(r)
                product = product.multipliedReportingOverflow(by: r).overflow ? (1 << 62) : product * r
            }
            guard ok else { continue }
            // Two columns that reference the same table relate two different rows: a follow is not of
            // oneself, a friendship not with oneself. The later one's digit skips the earlier one's value.
            let distinct = Self.distinctPair(cols, fields, radices)
            if let (_, j) = distinct {
                radices[j] -= 1
                product = radices.reduce(UInt64(1)) { p, r in p.multipliedReportingOverflow(by: r).overflow ? (1 << 62) : min(p * r, 1 << 62) }
            }
            let names = cols.map { fields[$0].name }.joined(separator: ", ")
            if UInt64(entity.rows) > product {
                problem(entity.name, nil, "unique_together (\(names)): \(entity.rows) rows need distinct combinations, but only \(product) exist; "
                        + "ask for at most \(product) rows or drop unique_together")
                continue
            }
            let g = groups.count
            var group = UniqueGroupPlan(columns: cols, radices: radices,
                                        permutation: IndexPermutation(domain: product, key: Mix.key(seed: seed, entity: entity.name, stream: "@group:" + names)))
            group.distinct = distinct
            groups.append(group)
            for (position, c) in cols.enumerated() {
                switch sources[c] {
                case let .kind(gen, _)?: sources[c] = .kind(gen, .group(g, position))
                case let .reference(r)?:
                    sources[c] = .reference(ReferencePlan(parentEntity: r.parentEntity, parentColumn: r.parentColumn,
                                                          parentRows: r.parentRows, fanout: r.fanout, isSelf: r.isSelf,
                                                          mode: .group(g, position), spread: r.spread))
                default: break
                }
            }
        }

        applyShopPrices(entity, &sources)

        applyMenuCalories(entity, &sources)
        applyProductWeight(entity, &sources)
        applyPlanPrices(entity, &sources)
        applyServicePrices(entity, &sources)
        applyTimesOnRowDate(entity, &sources, generators)
        applyCoherence(entity, &sources, generators, planIndex: planIndex)
        applyPeriodOfDate(entity, &sources)
        applySpanLength(entity, &sources)
        applyParentLengthEnd(entity, &sources, planIndex: planIndex)
        applyLeadTimes(entity, &sources, planIndex: planIndex)
        applyTripDistance(entity, &sources, planIndex: planIndex)
        applyTripPace(entity, &sources)
        applyFuelOverDistance(entity, &sources)
        applyChargePace(entity, &sources)
        applySolarSize(entity, &sources)
        applyParkingFees(entity, &sources)
        applyHourlyBookingPrice(entity, &sources)
        applyAfterParentStart(entity, &sources, generators, planIndex: planIndex)
        applyProcessSteps(entity, &sources, generators, planIndex: planIndex)
        applyArrivalsAtOccasions(entity, &sources, generators, planIndex: planIndex)
        applyShiftsAtOccasions(entity, &sources, generators, planIndex: planIndex)
        applyInstallments(entity, &sources)
        applySpeciesTraits(entity, &sources)
        applyFeedings(entity, &sources, planIndex: planIndex)
        applyParentAnalyte(entity, &sources, planIndex: planIndex)
        applyDefectReports(entity, &sources)
        applyCallNotes(entity, &sources, planIndex: planIndex)
        applySupportLines(entity, &sources)
        applySocialPosts(entity, &sources)
        applySchoolGrade(entity, &sources)
        applySchoolByGrade(entity, &sources)
        applyDistinctSides(entity, &sources)
        applyWineGrapes(entity, &sources)
        applyMarkTotals(entity, &sources)
        applyMakerModels(entity, &sources)
        applyScienceProjectTitles(entity, &sources)
        applySubjectTopics(entity, &sources, planIndex: planIndex)
        applyClaimTypes(entity, &sources, generators, planIndex: planIndex)
        applySchoolCourses(entity, &sources, generators, planIndex: planIndex)
        applyRoomTypes(entity, &sources, generators)
        applyRoomFloor(entity, &sources)
        applyAfterBirth(entity, &sources, generators)
        applyAfterYearMade(entity, &sources, generators)
        applyVeterinaryCare(entity, &sources)
        applyCareChain(entity, &sources)
        applyPayRules(entity, &sources)
        applyStockFlow(entity, &sources)
        applySoldRevenue(entity, &sources)
        applyMooringRates(entity, &sources)
        applyMoneyShares(entity, &sources)
        applyRangeOrder(entity, &sources)
        applyWithinParentRange(entity, &sources, planIndex: planIndex)
        applyMeterReadings(entity, &sources)
        applyAnnuity(entity, &sources)
        applyLoanBalance(entity, &sources)
        applyMerchantCategory(entity, &sources)
        applyAmountByType(entity, &sources, generators)
        applySensorModels(entity, &sources, generators)
        applyLateFees(entity, &sources)
        applyLoyaltyPoints(entity, &sources)
        applyBurnedCalories(entity, &sources)
        applyFundraising(entity, &sources)
        applyChildSums(entity, &sources, planIndex: planIndex)
        applyHomeRules(entity, &sources)
        applyScoreOutOf(entity, &sources, planIndex: planIndex)
        applyCallCharges(entity, &sources)
        applyPositions(entity, &sources)
        applyAircraftSeats(entity, &sources, generators)
        applyGradeRule(entity, &sources)
        applyPassFlag(entity, &sources)
        applyDoseRule(entity, &sources)
        applyReferencedDose(entity, &sources, planIndex: planIndex)
        applyOrchestraSection(entity, &sources)
        applyStrengthOfName(entity, &sources)
        applyBeerStyle(entity, &sources, generators)
        applyOfficeHardware(entity, &sources, generators)
        applyReferenceDiamonds(entity, &sources, planIndex: planIndex)
        applySameThread(entity, &sources, planIndex: planIndex)
        applyManagerApproves(entity, &sources, planIndex: planIndex)
        applyDistinctReferences(entity, &sources)
        applyParentPriceShares(entity, &sources, planIndex: planIndex)
        applyYieldByArea(entity, &sources, planIndex: planIndex)
        applySettledAmounts(entity, &sources)
        applyTips(entity, &sources)
        applyTotalOfParts(entity, &sources)
        applyJobCost(entity, &sources)
        applyJobIssues(entity, &sources)
        applyUpToParentCount(entity, &sources, planIndex: planIndex)
        applyPlayedShare(entity, &sources, planIndex: planIndex)
        applySaleAmounts(entity, &sources, planIndex: planIndex)
        applyReferenceDerivations(entity, &sources, planIndex: planIndex)
        applyCookingUnits(entity, &sources, generators, planIndex: planIndex)
        applySensorUnits(entity, &sources, generators, planIndex: planIndex)
        applyCarBody(entity, &sources, generators)
        applyVehicleCapacity(entity, &sources, generators)
        applyMileageByAge(entity, &sources)
        applyConditionByMileage(entity, &sources)
        applyTicketText(entity, &sources, generators, planIndex: planIndex)
        applyCurrencyFacts(entity, &sources)
        applySpecialtyDepartment(entity, &sources, generators)
        applySubjectDepartment(entity, &sources, generators)
        applyDrugClass(entity, &sources, generators)
        applyHomeListing(entity, &sources)
        applyRowText(entity, &sources, planIndex: planIndex)
        applyDietFlags(entity, &sources)
        applyBioTitles(entity, &sources)
        applyPlaceNames(entity, &sources)
        applyLevelRule(entity, &sources)
        applySiteOfName(entity, &sources)
        applyWorkEmail(entity, &sources, planIndex: planIndex)
        applyBoxContents(entity, &sources)
        applyVisitReason(entity, &sources, generators)
        applyProjectTitles(entity, &sources)
        applySystemLines(entity, &sources, planIndex: planIndex)
        applyRecordText(entity, &sources, planIndex: planIndex)
        applyRecordNotes(entity, &sources, planIndex: planIndex)
        applyMessages(entity, &sources, planIndex: planIndex)
        applyStatusTimes(entity, &sources, generators)
        applyDealStage(entity, &sources, generators)
        applyPeriodStatus(entity, &sources, generators, planIndex: planIndex)
        applyOutcome(entity, &sources, generators)
        applyOccasionResults(entity, &sources)
        applyAttendanceTimes(entity, &sources, generators)
        applyStatusHeldValues(entity, &sources, generators)
        applyMerchantByType(entity, &sources, generators)
        applyProgress(entity, &sources, generators)
        applyProgressByCompletion(entity, &sources)
        // (last: a column a rule above derives keeps that rule; this one takes only what is left drawn)
        applySharedValues(entity, &sources, planIndex: planIndex)
        applyParentWeekday(entity, &sources, planIndex: planIndex)
        breakDerivationCycles(&sources, generators)

        // Rules above may record a column's NULLs in the resolved schema (a status-gated time is NULL for
        // some statuses): the declaration follows that, while the row loop keeps the field's own NULL rate,
        // except where a gate decides the NULLs.
        let declared = schema.entities.first { $0.name == entity.name }?.fields ?? fields
        var plans: [FieldPlan] = []
        for (c, f) in fields.enumerated() {
            guard let source = sources[c] else { continue }
            let precision = Self.writtenPrecision(f)
            // Fractional values are written as integers scaled by 10^precision: past ±9.2e18 scaled,
            // every value would print as the same clamped figure.
            if case let .kind(g, _) = source, let n = g as? NumberKind, !n.integer,
               max(abs(n.lo), abs(n.hi)) * Double(ByteFormat.pow10(precision)) >= 9.2e18 {
                let limit = 9.2e18 / Double(ByteFormat.pow10(precision))
                problem(entity.name, f.name, "min/max: written with \(precision) digits after the point, values must lie within ±\(limit); narrow min/max or lower precision")
                continue
            }
            plans.append(FieldPlan(field: declared.count == fields.count ? declared[c] : f, column: c, precision: precision,
                                   reference: f.references,
                                   key: Mix.key(seed: seed, entity: entity.name, stream: f.name),
                                   nullRate: Self.isStatusGated(source) ? 0 : f.nullable ?? 0, source: source))
        }
        guard plans.count == fields.count else { return nil }
        let order = Self.evaluationOrder(plans)
        return EntityPlan(name: entity.name, rows: entity.rows, index: index, fields: plans, order: order,
                          locales: locales, localeKey: Mix.key(seed: seed, entity: entity.name, stream: RowChoice.locale.rawValue),
                          groups: groups, primaryKey: pkColumns,
                          uniqueTogether: entity.uniqueTogether.map { $0.compactMap { n in fields.firstIndex { $0.name == n } } })
    }

    /// The most digits after the point among an enum's numeric values, so they print as given.
    static func decimals(_ values: [DoppelJSON.JSON]) -> Int {
        var most = 0
        for v in values {
            guard case let .double(d) = v, d.isFinite else { continue }
            // The shortest round-trip text says how many digits the value was written with.
            let text = String(d)
            if let e = text.firstIndex(where: { $0 == "e" || $0 == "E" }) {
                let mantissa = text[..<e].split(separator: ".").dropFirst().first?.count ?? 0
                most = max(most, min(12, max(0, mantissa - (Int(text[text.index(after: e)...]) ?? 0))))
            } else {
                most = max(most, min(12, text.split(separator: ".").dropFirst().first.map { $0 == "0" ? 0 : $0.count } ?? 0))
            }
        }
        return most
    }

    /// Digits after the point a field's numbers are written with.
    static func writtenPrecision(_ f: Field) -> Int {
        f.precision ?? (f.kind == "enum" ? Self.decimals(f.values ?? [])
            : f.kind == "address.latitude" || f.kind == "address.longitude" ? 4 : f.type == .float ? 6 : 2)
    }

    static func dependencies(_ s: FieldSource) -> [Int] {
        switch s {
        case .kind, .reference: return []
        case let .throughParent(t): return [t.referenceColumn]
        case let .recordText(t): return t.dependencies
        case let .parentShare(t): return [t.referenceColumn, t.quantityColumn, t.byFlag?.column].compactMap { $0 }
        case let .afterParentStart(t): return [t.referenceColumn] + (t.alsoAfter.map { [$0.referenceColumn] } ?? [])
        case let .speciesTrait(t): return t.dependencies
        case let .parentAnalyte(t): return [t.parent.referenceColumn]
        case let .levelOfName(t): return [t.nameColumn]
        case let .endAfter(start, _, span): return span.lengthColumn >= 0 ? [start, span.lengthColumn] : [start]
        case let .afterParent(ref, _, _, _): return [ref]
        case let .beforeParent(ref, _, _, _, _, _): return [ref]
        case let .beforeStart(start, _, _): return [start]
        case let .onRowDate(date, _, _): return [date]
        case let .notBefore(start, _): return [start]
        case let .lifeEnd(birth, _, _, _): return [birth]
        case let .notBeforeYear(year, _, _): return [year]
        case let .cityDistance(d): return [d.from, d.to]
        case let .tripEnd(t): return [t.start, t.way.from, t.way.to]
        case let .parentLengthEnd(t): return [t.start, t.referenceColumn]
        case let .atParent(ref, _, _, _): return [ref]
        case let .product(a, b, _): return [a, b]
        case let .share(a, _, _, _): return [a]
        case let .rowText(t): return t.dependencies
        case let .derived(d): return [d.referenceColumn]
        case let .difference(a, b, _): return [a, b]
        case let .statusGated(g):
            return [g.statusColumn] + (g.start.map { [$0] } ?? []) + (g.span.lengthColumn >= 0 ? [g.span.lengthColumn] : []) + (g.due.map { [$0] } ?? [])
        case let .bio(b): return [b.titleColumn]
        case let .rateTimesSpan(rate, start, end, _, _): return [rate, start, end]
        case let .spanCharge(p): return [p.start, p.end]
        case let .installment(p): return [p.referenceColumn, p.timeColumn]
        case let .periodStatus(p): return [p.start, p.end]
        case let .statusHeld(p, inner): return [p.statusColumn] + dependencies(inner)
        case let .onParentWeekday(p, inner): return [p.referenceColumn] + dependencies(inner)
        case let .lateFee(p): return [p.dueColumn, p.returnedColumn]
        case let .workEmail(p): return [p.parent?.referenceColumn, p.sibling].compactMap { $0 }
        case let .dueByStatus(p): return [p.past.statusColumn] + (p.pastSource.map(dependencies) ?? [])
        case .childSum: return []
        case let .progress(p): return [p.done.statusColumn]
        case let .meterEnd(p): return [p.start] + (p.from.map { [$0] } ?? []) + (p.to.map { [$0] } ?? [])
        case let .annuity(p): return [p.principal, p.rate, p.term]
        case let .loanBalance(p): return [p.principal, p.term, p.issued] + [p.rate, p.status].compactMap { $0 }
        case let .sum(p): return [p.base] + p.added + p.taken
        case let .siblingFact(p): return [p.column] + (p.multiplier.map { [$0] } ?? [])
        case let .outcome(p): return [p.first, p.second]
        case let .upToParentCount(p): return [p.referenceColumn]
        case let .parentRateTimesSpan(p): return p.count >= 0 ? [p.referenceColumn, p.count] : [p.referenceColumn, p.start, p.end]
        }
    }

    /// Two rules that each read the other's column (a title written on its subject, a subject written
    /// from its title) would recurse for ever: the later column of such a cycle keeps its own kind.
    func breakDerivationCycles(_ sources: inout [FieldSource?], _ generators: [(any KindGenerator)?]) {
        for c in sources.indices.reversed() {
            guard let s = sources[c], let g = generators[c],
                  Self.dependencies(s).contains(where: { $0 != c && Self.reaches($0, c, in: sources) }) else { continue }
            sources[c] = .kind(g, .random)
        }
    }

    /// Columns ordered so each comes after the columns it derives from.
    static func evaluationOrder(_ plans: [FieldPlan]) -> [Int] {
        var done = Array(repeating: false, count: plans.count)
        var out: [Int] = []
        func visit(_ c: Int, _ depth: Int) {
            if done[c] || depth > plans.count { return }
            for d in dependencies(plans[c].source) { visit(d, depth + 1) }
            if !done[c] { done[c] = true; out.append(c) }
        }
        for c in plans.indices { visit(c, 0) }
        return out
    }
}
