import Testing
import DoppelTestSupport
@testable import DoppelEngine
@testable import DoppelPlanner

/// A stranger's HR system had a Physician on $64,500 managed by an HR Specialist, beside a Social Media Manager: staff
/// with no department held any job of any trade. With no department, a workplace's staff hold its own jobs and anyone
/// else's an office's, each paid in its title's band. Drawn settings, tables, columns and seeds.
@Suite struct StaffTitlesTests {
    static let careTitles: Set<String> = ["Physician", "Nurse", "Registered Nurse", "Pharmacist", "Nurse Practitioner", "Medical Assistant"]
    static let tradeTitles: Set<String> = ["Barista", "Chef", "Cashier", "Electrician", "Mechanic", "Teacher", "Professor"]

    @Test(arguments: 1...12) func staffWithoutADepartmentHoldTheirWorkplacesJobs(seed: UInt64) throws {
        var rng = FuzzRandom(seed: seed)
        let (setting, expected): (String, [String]?) = rng.pick([
            ("HR system with", nil), ("A company with", nil), ("Payroll data for", nil), ("A startup's", nil),
            ("hospital", JobLadder.workplaces.first { $0.words.contains("hospital") }?.titles),
            ("school", JobLadder.workplaces.first { $0.words.contains("school") }?.titles),
            ("hotel", JobLadder.workplaces.first { $0.words.contains("hotel") }?.titles)])
        let table = rng.pick(["employees", "staff"])
        let title = rng.pick(["title", "job_title"])
        let prompt = "\(setting) \(table) (name, email, \(title), salary, hire_date)"
        let (e, rows) = try TestSupport.planned(prompt, table, seed: seed, rows: 120)
        let titles = try TestSupport.cells(e, rows, title), salaries = try TestSupport.cells(e, rows, "salary").compactMap(Double.init)
        #expect(titles.count == salaries.count, "\(prompt)")
        for (t, pay) in zip(titles, salaries) {
            if let expected {
                #expect(expected.contains(t), "\(prompt): \(t)")
            } else {
                #expect(JobLadder.officeTitles.contains(t), "\(prompt): \(t)")
                #expect(!Self.careTitles.contains(t) && !Self.tradeTitles.contains(t), "\(prompt): \(t)")
            }
            let band = JobLadder.band(forTitle: t)
            #expect(pay >= band.lowerBound - 250 && pay <= band.upperBound + 250, "\(prompt): \(t) paid \(pay), band \(band)")
        }
    }

    @Test func careAndSchoolRolesArePaidAsSuch() {
        #expect(JobLadder.band(forTitle: "Physician").lowerBound >= 150_000)
        #expect(JobLadder.band(forTitle: "Registered Nurse").upperBound <= JobLadder.band(forTitle: "Nurse Practitioner").upperBound)
        #expect(JobLadder.band(forTitle: "Principal").upperBound < JobLadder.band(forTitle: "Principal Engineer").upperBound)
        #expect(JobLadder.band(forTitle: "Teacher").upperBound < 100_000)
    }
}
