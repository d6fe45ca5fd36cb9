import DoppelText

extension SchemaResolver {
    /// What a child pays or proposes against the priced record it references, as a
    /// share of that record's price: an offer or a bid lands near the asking price,
    /// a payment settles it, a deposit is a slice of it.
    static let priceShares: [(entityWords: Set<String>, columns: Set<String>, share: ClosedRange<Double>)] = [
        // A job offer is at the bottom of the posting's range or a little above (a range's top is at least
        // 1.1 times its bottom: `applyRangeOrder`).
        (["application", "applications", "candidacy", "candidacies", "job_application", "job_applications"],
         ["offer_amount", "offered_salary", "salary_offered", "offer_salary", "offer"], 1.0...1.1),
        (["offer", "offers", "bid", "bids", "counteroffer", "counteroffers", "quote", "quotes", "proposal", "proposals"],
         ["amount", "offer_amount", "bid_amount", "offer_price", "bid_price", "offer", "bid", "quoted_price", "quote_amount", "price"],
         0.85...1.08),
        (["payment", "payments", "settlement", "settlements", "charge", "charges"],
         ["amount", "payment_amount", "amount_paid", "paid_amount", "paid"], 1.0...1.0),
        (["deposit", "deposits", "down_payment", "down_payments"], ["amount", "deposit_amount", "deposit"], 0.05...0.2),
        // A ticket pays its screening's, show's or event's ticket price, some at a discount (a child, a student).
        (["ticket", "tickets", "admission", "admissions"], ["price", "price_paid", "amount_paid", "amount", "paid", "fare"], 0.8...1.0),
        // A month's pay slip pays a twelfth of the employee's yearly salary, before tax.
        (["payroll", "payrolls", "payslip", "payslips", "paycheck", "paychecks", "paystub", "paystubs", "pay_stub", "pay_stubs", "salary_payment",
          "salary_payments", "pay_run", "pay_runs", "wage", "wages"],
         ["gross_pay", "gross", "gross_amount", "gross_salary", "gross_wage", "gross_wages", "gross_earnings", "gross_income"], (1.0 / 12)...(1.0 / 12)),
        // An adoption pays the animal's adoption fee.
        (["adoption", "adoptions"], ["fee", "fee_paid", "adoption_fee", "amount", "amount_paid", "paid"], 1.0...1.0),
        // A subscription pays its plan's price, for each seat when it has seats, some at a discount (a fee it
        // names like its plan's is the plan's own: `StatedRate`).
        (["subscription", "subscriptions", "license", "licenses"], ["mrr", "monthly_amount", "monthly_revenue", "amount"], 0.8...1.0),
    ]
    /// A parent's price, asking price or amount due, first found in this order.
    static let parentPriceColumns = ["price", "asking_price", "list_price", "listing_price", "sale_price", "unit_price", "retail_price",
                                     "reserve_price", "starting_price", "total", "total_amount", "amount_due", "total_price",
                                     "monthly_price", "price_per_month", "monthly_fee",
                                     // What an account pays each month: its recurring revenue.
                                     "mrr", "monthly_recurring_revenue", "monthly_revenue", "monthly_amount", "monthly_charge",
                                     // What is paid each period: a lease's rent, a loan's instalment, a policy's premium.
                                     "monthly_rent", "rent", "monthly_payment", "installment_amount", "instalment_amount",
                                     "monthly_premium", "premium",
                                     "salary_min", "min_salary", "minimum_salary", "salary_low", "salary", "base_salary",
                                     // What a record costs to take on: an animal's adoption fee, a course's fee.
                                     "adoption_fee", "fee",
                                     // What a seat at an occasion costs: a screening's ticket price, a trip's fare.
                                     "ticket_price", "admission_price", "admission_fee", "entry_fee", "base_fare", "fare"]

    /// Documents whose plain `amount` is what is owed: a payment of an invoice settles its amount (a loan's
    /// amount is paid in instalments, so it is not one of them).
    static let owedDocuments: Set<String> = ["invoice", "invoices", "bill", "bills", "fine", "fines", "charge", "charges", "order", "orders"]

    /// An invoice or a bill (by the last word of its table's name: not its lines, which are summed into it) bills
    /// what its order cost or what its account pays a month.
    static let billShare: (entityWords: Set<String>, columns: Set<String>, share: ClosedRange<Double>) =
        (billHeads, ["amount", "total", "amount_due", "total_amount", "invoice_amount", "bill_amount"], 1.0...1.0)

    /// The share rule of a table that pays, offers or bills against its parent's price: a bill by the last word of
    /// its name, the others by any word (`payment_lines` pay).
    static func priceShareRule(of name: String) -> (entityWords: Set<String>, columns: Set<String>, share: ClosedRange<Double>)? {
        let tokens = KindInference.tokens(name)
        if billHeads.contains(Inflector.singular(tokens.last ?? "")) { return billShare }
        return priceShares.first { !$0.entityWords.isDisjoint(with: tokens) }
    }

    /// The parent's price columns, with its plain `amount` when the parent is a document of what is owed.
    static func parentPriceColumns(_ parent: Entity) -> [String] {
        let owed = !Set(KindInference.tokens(parent.name)).isDisjoint(with: owedDocuments)
        return owed ? parentPriceColumns + ["amount", "invoice_amount", "bill_amount"] : parentPriceColumns
    }

    /// A numeric amount of an offer, bid, payment or deposit that references a priced
    /// record is that record's price times a share that fits what the child is
    /// (`priceShares`), so a $756,000 listing's offers are near $756,000.
    func applyParentPriceShares(_ entity: Entity, _ sources: inout [FieldSource?], planIndex: [String: Int]) {
        let fields = entity.fields
        let words = Set(KindInference.tokens(entity.name))
        guard let rule = Self.priceShareRule(of: entity.name) else { return }
        for (c, f) in fields.enumerated() where rule.columns.contains(f.name.lowercased()) && Self.numeric.contains(f.type) {
            guard f.references == nil, !f.unique, !f.primaryKey, case let .kind(own, .random)? = sources[c] else { continue }
            for (rc, rf) in fields.enumerated() {
                guard let ref = rf.references, ref.entity != entity.name, let p = planIndex[ref.entity],
                      let parent = schema.entity(named: ref.entity) else { continue }
                // The parent's price, or, for a parent with none, the price of what it references (a tenant's payment
                // pays the rent of the tenant's unit).
                var via: (column: Int, entity: Int)? = nil
                var priced = Self.column(named: Self.parentPriceColumns(parent), in: parent.fields)
                if priced == nil, let grand = grandparent(of: parent, below: entity, planIndex: planIndex, { g in
                    Self.column(named: Self.parentPriceColumns(g), in: g.fields).flatMap { Self.numeric.contains(g.fields[$0].type) ? $0 : nil }
                }) {
                    via = (grand.column, grand.entity)
                    priced = grand.value
                }
                guard let pc = priced, via != nil || Self.numeric.contains(parent.fields[pc].type) else { continue }
                var share = ParentSharePlan(referenceColumn: rc, parentEntity: p, parentColumn: pc, share: rule.share, fallback: own)
                share.via = via
                // Per seat: a subscription of 20 seats pays 20 times its plan's price.
                if !words.isDisjoint(with: ["subscription", "subscriptions", "license", "licenses"]) {
                    share.quantityColumn = Self.seatCountColumn(fields) { !Self.reaches($0, c, in: sources) }
                }
                sources[c] = .parentShare(share)
                break
            }
        }
    }
}
