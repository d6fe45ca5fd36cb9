import Testing
import DoppelJSON
@testable import DoppelText
@testable import DoppelEngine
@testable import DoppelPlanner

/// Values that make sense together, each rule on every one of 100,000 rows:
/// gross/tax/net, home size/bedrooms/price, department/title/salary.
@Suite struct ValueCoherenceTests {
    static let schema = #"""
    {"name": "coherence", "seed": 21, "entities": [
      {"name": "payslips", "rows": 100000, "fields": [
        {"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
        {"name": "gross_pay", "type": "decimal", "kind": "number.decimal", "min": 1000, "max": 12000},
        {"name": "tax", "type": "decimal", "kind": "number.decimal", "min": 0, "max": 20000},
        {"name": "net_pay", "type": "decimal", "kind": "number.decimal", "min": 0, "max": 20000}]},
      {"name": "homes", "rows": 100000, "fields": [
        {"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
        {"name": "bedrooms", "type": "integer", "kind": "number.integer", "min": 0, "max": 9},
        {"name": "bathrooms", "type": "integer", "kind": "number.integer", "min": 0, "max": 9},
        {"name": "square_feet", "type": "integer", "kind": "number.integer", "min": 100, "max": 9000},
        {"name": "price", "type": "decimal", "kind": "commerce.price"}]},
      {"name": "departments", "rows": 8, "fields": [
        {"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
        {"name": "name", "type": "string", "kind": "enum", "unique": true,
         "values": ["Engineering", "Sales", "Marketing", "Finance", "Human Resources", "Customer Support", "Legal", "Facilities"]}]},
      {"name": "employees", "rows": 100000, "fields": [
        {"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
        {"name": "department_id", "type": "integer", "references": "departments.id"},
        {"name": "job_title", "type": "string", "kind": "company.job_title"},
        {"name": "salary", "type": "decimal", "kind": "number.decimal", "min": 10000, "max": 400000}]}]}
    """#

    static let tables: [String: [[String: String?]]] = {
        guard let plan = try? TestSupport.plan(schema) else { return [:] }
        var out: [String: [[String: String?]]] = [:]
        for e in plan.entities {
            let names = e.fields.map(\.name)
            out[e.name] = TestSupport.table(plan, e.name).map { Dictionary(uniqueKeysWithValues: zip(names, $0)) }
        }
        return out
    }()

    func number(_ row: [String: String?], _ name: String) -> Double? { (row[name] ?? nil).flatMap(Double.init) }

    @Test func netIsGrossLessTaxAndTaxIsAShareOfGross() throws {
        let rows = try #require(Self.tables["payslips"])
        #expect(rows.count == 100_000)
        var broken = 0
        for r in rows {
            guard let gross = number(r, "gross_pay"), let tax = number(r, "tax"), let net = number(r, "net_pay") else { broken += 1; continue }
            if !(tax >= gross * 0.1 - 0.01 && tax <= gross * 0.35 + 0.01 && abs(net - (gross - tax)) < 0.011) { broken += 1 }
        }
        #expect(broken == 0)
    }

    @Test func aHomesSizeFollowsItsBedroomsAndItsPriceItsSize() throws {
        let rows = try #require(Self.tables["homes"])
        #expect(rows.count == 100_000)
        var broken = 0
        for r in rows {
            guard let beds = number(r, "bedrooms"), let baths = number(r, "bathrooms"), let feet = number(r, "square_feet"),
                  let price = number(r, "price") else { broken += 1; continue }
            let ok = (1...6).contains(beds) && baths >= 1 && baths <= beds && feet >= 380 * beds - 1 && feet <= 700 * beds + 1
                && price >= 120 * feet - 1 && price <= 450 * feet + 1
            if !ok { broken += 1 }
        }
        #expect(broken == 0)
    }

    @Test func titlesBelongToTheirDepartmentAndPayToTheirTitle() throws {
        let departments = Dictionary(uniqueKeysWithValues: try #require(Self.tables["departments"]).map { (($0["id"] ?? nil) ?? "", ($0["name"] ?? nil) ?? "") })
        let rows = try #require(Self.tables["employees"])
        #expect(rows.count == 100_000)
        var broken = 0
        for r in rows {
            let department = departments[(r["department_id"] ?? nil) ?? ""]
            let title = (r["job_title"] ?? nil) ?? ""
            let base = ["Junior ", "Senior ", "Lead "].reduce(title) { $0.hasPrefix($1) ? String($0.dropFirst($1.count)) : $0 }
            guard JobLadder.titles(for: department).contains(base), let salary = number(r, "salary") else { broken += 1; continue }
            if !JobLadder.band(forTitle: title).contains(salary) && abs(salary - JobLadder.band(forTitle: title).lowerBound) > 250
                && abs(salary - JobLadder.band(forTitle: title).upperBound) > 250 { broken += 1 }
        }
        #expect(broken == 0)
        // Seniority pays: a senior engineer earns more than a junior one on average.
        func mean(_ prefix: String) -> Double {
            let s = rows.filter { (($0["job_title"] ?? nil) ?? "") == prefix + "Software Engineer" }.compactMap { number($0, "salary") }
            return s.reduce(0, +) / Double(max(s.count, 1))
        }
        #expect(mean("Senior ") > mean("") && mean("") > mean("Junior "))
    }

    /// A department's first word that names a field decides its titles: a business development
    /// team sells, a software development team builds.
    @Test(arguments: [("Business Development", "Account Executive"), ("Software Development", "Software Engineer"),
                      ("Product Development", "Product Manager"), ("Information Technology", "Systems Administrator"),
                      ("Research & Development", "Software Engineer"), ("Customer Service", "Customer Support Specialist"),
                      ("Human Resources", "Recruiter"), ("Data & Analytics", "Data Analyst")])
    func aDepartmentsLeadingWordDecidesItsTitles(_ c: (department: String, title: String)) {
        #expect(JobLadder.titles(for: c.department).contains(c.title), "\(c.department): \(JobLadder.titles(for: c.department))")
    }

    @Test func aChurnContractIsASubscriptionTermAndAnEmployeesIsEmployment() throws {
        let planner = Planner(settings: PlannerSettings())
        let churn = planner.plan("Telecom churn dataset with customers (tenure_months, contract_type, monthly_charges, churned)")
        let field = churn.schema.entities.flatMap(\.fields).first { $0.name == "contract_type" }
        #expect(field?.values?.compactMap(\.stringValue) == ["month-to-month", "one-year", "two-year"])
        let staff = planner.plan("HR data with employees (name, contract_type, salary)")
        let employment = staff.schema.entities.flatMap(\.fields).first { $0.name == "contract_type" }
        #expect(employment?.values?.compactMap(\.stringValue).contains("full_time") == true)
    }
}
