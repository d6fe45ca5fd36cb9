import Testing
import Foundation
import DoppelTestSupport
@testable import DoppelEngine
@testable import DoppelPlanner

/// A university's courses were online courses for sale ("builds practical skills you can use at work", $126.59); a
/// school district's schools were universities and its six-year-olds majored in Accounting; a paid-off loan still owed
/// 10,399 and a five-year loan of 64,111 owed 5,574 after a year; a $105,500 salary was paid 2,040.64 a month. Drawn.
@Suite struct SchoolsLoansAndPayTests {
    @Test(arguments: [UInt64(1), 2, 3])
    func aUniversitysCoursesAreCatalogueEntries(seed: UInt64) {
        var rng = FuzzRandom(seed: seed)
        let prompt = "\(rng.pick(["university", "A state college", "A university department"])) with professors, courses, students, enrollments and grades"
        let s = Planner().plan(prompt).schema
        #expect(PlanInvariants.problems(s).isEmpty, "\(PlanInvariants.problems(s))")
        let courses = s.entity(named: "courses")
        #expect(courses?.field(named: "price") == nil && courses?.field(named: "credits") != nil, "\(prompt): \(courses?.fields.map(\.name) ?? [])")
    }

    @Test(arguments: [UInt64(1), 2, 3, 4])
    func aDistrictsPupilsAreInAGradeForTheirAge(seed: UInt64) throws {
        var rng = FuzzRandom(seed: seed)
        let prompt = "\(rng.pick(["school district", "An elementary school", "A high school", "A K-12 school network"])) with schools, teachers, students and attendance (date, status)"
        let schema = Planner().plan(prompt).schema
        #expect(PlanInvariants.problems(schema).isEmpty, "\(PlanInvariants.problems(schema))")
        let students = try #require(schema.entity(named: "students"))
        #expect(students.field(named: "major") == nil && students.field(named: "gpa") == nil, "\(prompt): \(students.fields.map(\.name))")
        let plan = try schema.resolve(ResolveOptions(seed: seed, rows: 60)).get()
        let names = TestSupport.column(plan, "schools", "name").compactMap { $0 }
        #expect(names.allSatisfy { !$0.contains("University") && !$0.contains("College") && !$0.contains("Polytechnic") }, "\(names)")
        let e = try #require(plan.entity(named: "students"))
        let born = try #require(e.column(named: "date_of_birth")), grade = try #require(e.column(named: "grade_level"))
        for row in TestSupport.table(plan, "students") {
            guard let b = row[born].flatMap({ CivilTime.parse($0) }), let g = row[grade].flatMap(Int.init) else { continue }
            let age = Double(plan.anchor - b) / (365.25 * 86_400)
            #expect(g >= 0 && g <= 12 && abs(age - 5 - Double(g)) < 1.5, "born \(row[born] ?? ""), grade \(g)")
        }
    }

    @Test(arguments: [UInt64(1), 2, 3, 4, 5])
    func aLoansBalanceIsWhatItsScheduleLeaves(seed: UInt64) throws {
        var rng = FuzzRandom(seed: seed)
        let balance = rng.pick(["outstanding_balance", "remaining_balance", "balance"])
        let prompt = "bank with customers and loans (loan_amount, interest_rate, term_months, issued_on, status, \(balance))"
        let schema = Planner().plan(prompt).schema
        let plan = try schema.resolve(ResolveOptions(seed: seed, rows: 80)).get()
        let e = try #require(plan.entity(named: "loans"))
        let p = try #require(e.column(named: "loan_amount")), rate = try #require(e.column(named: "interest_rate"))
        let term = try #require(e.column(named: "term_months")), issued = try #require(e.column(named: "issued_on"))
        let status = try #require(e.column(named: "status")), b = try #require(e.column(named: balance))
        var checked = 0
        for row in TestSupport.table(plan, "loans") {
            guard let owed = row[b].flatMap(Double.init), let amount = row[p].flatMap(Double.init), let s = row[status]?.lowercased() else { continue }
            #expect(owed >= 0 && owed <= amount + 0.01, "\(owed) of \(amount)")
            if s.contains("paid") || s.contains("closed") { #expect(owed == 0, "\(s) owes \(owed)") ; continue }
            guard let r = row[rate].flatMap(Double.init), let n = row[term].flatMap(Double.init), let day = row[issued].flatMap({ CivilTime.parse($0) }) else { continue }
            let k = Double(plan.anchor - day) / (30.4375 * 86_400)
            let expected = try #require(LoanBalancePlan.balance(principal: amount, yearlyRate: r, months: n, elapsed: k))
            #expect(abs(owed - expected) < 0.02, "\(s): \(owed) against \(expected)")
            checked += 1
        }
        #expect(checked > 20)
    }

    @Test(arguments: [UInt64(1), 2, 3])
    func aMonthsPayIsATwelfthOfTheSalary(seed: UInt64) throws {
        var rng = FuzzRandom(seed: seed)
        let table = rng.pick(["payroll", "payslips", "paychecks"])
        let prompt = "HR system with departments, employees, \(table) (gross_pay, tax, net_pay, pay_date) and leave_requests"
        let schema = Planner().plan(prompt).schema
        let plan = try schema.resolve(ResolveOptions(seed: seed, rows: 60)).get()
        let salaries = TestSupport.column(plan, "employees", "salary").map { $0.flatMap(Double.init) }
        let e = try #require(plan.entity(named: table))
        let gross = try #require(e.column(named: "gross_pay")), ref = try #require(e.column(named: "employee_id"))
        var checked = 0
        for row in TestSupport.table(plan, table) {
            guard let g = row[gross].flatMap(Double.init), let id = row[ref].flatMap(Int.init), let salary = salaries[id - 1] else { continue }
            #expect(abs(g - salary / 12) < 0.01, "\(g) a month on \(salary)")
            checked += 1
        }
        #expect(checked > 20)
    }
}
