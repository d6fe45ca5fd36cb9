/// The vocabulary of each kind of work: who the worker answers to, what they deliver,
/// what goes wrong, how they are judged, their tools, their everyday activities, the
/// things they handle, hard situations and the rules they follow.
///
/// Lists are keyed `noun.kind`; `{d}` is the role's subject as a noun adjunct
/// ("payroll", "marine", "wine") and disappears when the title names none, so every
/// entry must read well either way ("{d} records" → "payroll records" or "records").
enum WorkKindBank {
    /// The role nouns every kind defines (the shared interview templates use them).
    static let nouns = ["stakeholder", "deliverable", "pressure", "metric", "tool", "core_task", "object", "situation", "standard"]

    /// A role bank for `title`: each noun list of its kind with `{d}` filled in.
    static func bank(for title: RoleTitle) -> PhraseBank {
        let d = title.domain
        var source = ""
        for noun in nouns {
            let entries = (vocabulary["\(noun).\(title.kind.rawValue)"] ?? vocabulary["\(noun).office"] ?? [])
                .map { fill($0, domain: d) }
            source += "\(noun): " + entries.joined(separator: " | ") + "\n"
        }
        return PhraseBank(name: "derived", source: source)
    }

    /// `{d}` replaced; an empty subject leaves no double space or dangling "a".
    static func fill(_ entry: String, domain: String) -> String {
        entry.replacing("{d}", with: domain).split(separator: " ").joined(separator: " ")
    }

    static let vocabulary = PhraseBank(name: "work_kinds", source: #"""
    stakeholder.science: the principal investigator | a funding body | a collaborating lab | a reviewer of your findings
    deliverable.science: a {d} field survey | a paper for peer review | a grant report | a {d} sampling campaign
    pressure.science: a grant deadline | contaminated samples | equipment failing in the field | results that contradict earlier work
    metric.science: data quality | reproducibility of results | samples processed per week | papers accepted
    tool.science: statistical package | lab instrument | field sampling kit | data pipeline
    core_task.science: designing {d} studies | collecting {d} samples | analysing {d} data | writing up {d} results
    object.science: {d} samples | {d} data sets | {d} field notes | {d} lab protocols
    situation.science: a season of {d} field data that turns out to be mislabelled | a {d} result you cannot reproduce | a collaborator who wants to publish before the analysis is checked | a permit for {d} fieldwork refused two weeks before the trip
    standard.science: sampling protocols | ethics and permit rules | good lab practice

    stakeholder.engineering: the operations team | a client's technical lead | a project manager | the safety reviewer
    deliverable.engineering: a {d} design review | a {d} system upgrade | a failure analysis | a technical specification
    pressure.engineering: a failure in production | a supplier changing a key part | a design that fails its tests | a budget cut mid-project
    metric.engineering: failure rate | time to repair | cost per unit | designs delivered on time
    tool.engineering: design tool | simulation package | test rig | monitoring system
    core_task.engineering: designing {d} systems | testing {d} components | troubleshooting {d} failures | writing {d} specifications
    object.engineering: {d} systems | {d} designs | {d} drawings | {d} test results
    situation.engineering: a {d} system that fails intermittently and no one can reproduce it | a design change requested a week before sign-off | a test that passes in the lab and fails on site | a safety concern about a {d} design that has already shipped
    standard.engineering: {d} design standards | safety codes | the change control process

    stakeholder.technical: the customer whose equipment is down | a site supervisor | the parts supplier | the next shift
    deliverable.technical: a {d} installation | a scheduled maintenance round | a repair with a same-day deadline | a fault report
    pressure.technical: equipment down during peak hours | a missing spare part | an unfamiliar fault | a safety incident on site
    metric.technical: first-time fix rate | time to repair | repeat call-outs | safety incidents
    tool.technical: diagnostic tool | test meter | maintenance log | service manual
    core_task.technical: diagnosing {d} faults | carrying out {d} maintenance | installing {d} equipment | keeping {d} service records
    object.technical: {d} installations | {d} fault reports | {d} maintenance schedules | {d} parts
    situation.technical: a {d} fault that returns a day after you fixed it | a customer pushing you to skip a safety check | a job where the part you need will take a week to arrive | a colleague's {d} installation that you find is not to code
    standard.technical: safety regulations | the manufacturer's specifications | isolation and lockout procedures

    stakeholder.care: a patient's family | the supervising clinician | an anxious patient | the wider care team
    deliverable.care: a {d} care plan | a patient assessment | a discharge plan | a handover to the next shift
    pressure.care: a fully booked clinic | a patient whose condition changes suddenly | missing medical history | staff shortages
    metric.care: patient outcomes | waiting times | patient satisfaction | documentation accuracy
    tool.care: assessment tool | patient record system | clinical guideline | treatment protocol
    core_task.care: assessing {d} patients | planning {d} treatment | documenting {d} care | explaining {d} treatment to patients
    object.care: {d} assessments | {d} care plans | {d} patient records | {d} referrals
    situation.care: a patient who refuses the {d} treatment you recommend | a colleague who skips a step in the {d} protocol | test results that do not fit the symptoms | a relative asking for information the patient has not agreed to share
    standard.care: clinical guidelines | consent and confidentiality rules | infection control

    stakeholder.service: a guest with a complaint | the kitchen | the shift manager | a regular customer
    deliverable.service: a busy {d} service | a {d} menu change | a private event | the opening checklist
    pressure.service: a fully booked evening | a delivery that did not arrive | a guest with a serious allergy | two colleagues calling in sick
    metric.service: guest satisfaction | average spend per guest | complaints per week | repeat visits
    tool.service: point-of-sale system | booking system | {d} menu | stock sheet
    core_task.service: recommending {d} choices to guests | handling {d} orders | managing {d} stock | dealing with {d} complaints
    object.service: {d} orders | {d} guest requests | {d} stock counts | {d} bookings
    situation.service: a guest who sends back a {d} order that is not faulty | a table that has waited forty minutes on a full night | a {d} delivery that arrives short just before service | a guest who has clearly had too much to drink
    standard.service: food safety rules | licensing rules | the house service standards

    stakeholder.kitchen: the front-of-house team | a supplier | the head chef | a guest with a severe allergy
    deliverable.kitchen: a new {d} menu | a busy dinner service | a private event menu | the weekly prep list
    pressure.kitchen: a fully booked service | a delivery that did not arrive | two cooks calling in sick | an allergy order at the busiest moment
    metric.kitchen: food cost | waste | ticket times | hygiene inspection scores
    tool.kitchen: prep list | combi oven | temperature probe | stock rotation chart
    core_task.kitchen: planning {d} menus | running the pass | costing {d} dishes | training new cooks
    object.kitchen: {d} dishes | prep lists | {d} orders | allergen records
    situation.kitchen: a {d} dish sent back on a full night | a delivery below standard an hour before service | a cook who skips temperature checks | an allergy order that was plated wrong
    standard.kitchen: food safety rules | allergen rules | hygiene inspection standards

    stakeholder.craft: a customer with a tight budget | the supplier | the workshop lead | a client who changes the brief
    deliverable.craft: a custom {d} order | a batch for a large order | a repair of a customer's piece | a seasonal range
    pressure.craft: a rush order | a shortage of materials | a tool breaking mid-job | a customer changing the order late
    metric.craft: waste | rework | orders finished on time | repeat customers
    tool.craft: hand tool | workshop machine | measuring kit | workbench set-up
    core_task.craft: preparing {d} materials | finishing {d} work | pricing {d} jobs | keeping the {d} workspace safe
    object.craft: {d} materials | {d} orders | {d} measurements | finished {d} pieces
    situation.craft: a {d} order that comes out wrong the day before collection | a customer who disputes a finished {d} job | a delivery of {d} materials below standard | an apprentice who keeps skipping a safety step
    standard.craft: workshop safety rules | quality standards | hygiene rules

    stakeholder.land: the landowner | a wholesale buyer | the estate manager | a neighbouring farmer
    deliverable.land: a season's {d} harvest | a site ready for inspection | a planting or stocking plan | a round of {d} health checks
    pressure.land: a spell of bad weather | a disease outbreak | a machine breaking down at harvest | a buyer cancelling an order
    metric.land: yield per season | losses to pests and disease | cost per unit of produce | orders delivered on time
    tool.land: record book | tractor or site vehicle | weather forecast service | protective kit
    core_task.land: inspecting {d} stock | planning the season's work | treating {d} pests and disease | keeping {d} records
    object.land: {d} stock | {d} records | seasonal plans | {d} equipment
    situation.land: a disease found in {d} stock a week before sale | a dry spell that threatens the season's yield | a neighbour complaining about spraying or noise | a new worker who skips the safety briefing
    standard.land: animal welfare rules | pesticide and chemical rules | health and safety on site

    stakeholder.collections: the head of collections | a lending institution | a researcher asking for access | the exhibitions team
    deliverable.collections: a {d} exhibition | a loan agreement | a catalogue of {d} holdings | a condition report for a loan
    pressure.collections: an object damaged in transit | an opening date that cannot move | a leak in the store | a lender withdrawing a loan late
    metric.collections: records catalogued | loans processed on time | visitor numbers | condition checks completed
    tool.collections: collections database | environmental monitor | condition report form | object handling kit
    core_task.collections: cataloguing {d} holdings | planning {d} exhibitions | arranging {d} loans | checking the condition of {d} items
    object.collections: {d} holdings | {d} catalogue records | {d} loan agreements | {d} condition reports
    situation.collections: an item that arrives from a lender damaged | a donor who wants their gift on permanent display | {d} records that do not match what is in the store | a humidity spike in the {d} store over a weekend
    standard.collections: collections care standards | loan and export rules | provenance checks

    stakeholder.language: the client who commissioned the work | the agency that booked you | a reviewing linguist | the person you speak for
    deliverable.language: a {d} document translated to a deadline | a full day of {d} interpreting | a certified translation | a glossary for a new client
    pressure.language: a speaker who talks too fast | a term with no equivalent | a same-day deadline | a client who disputes a rendering
    metric.language: accuracy | consistent terminology | deadlines met | client complaints
    tool.language: glossary | translation memory | term base | interpreting booth set-up
    core_task.language: translating {d} documents | interpreting at {d} appointments | building {d} glossaries | checking {d} terminology
    object.language: {d} documents | {d} glossaries | {d} terminology | {d} transcripts
    situation.language: a speaker who uses a regional term you do not know | a {d} document full of terms with no agreed equivalent | a client who wants a word-for-word rendering that would change the meaning | a speaker who asks you to soften what they said
    standard.language: the interpreters' code of ethics | confidentiality rules | the client's terminology list

    stakeholder.creative: a client with a vague brief | an editor | the creative director | the audience
    deliverable.creative: a {d} piece on a deadline | a campaign | a portfolio for a pitch | a revised draft
    pressure.creative: a brief that changes halfway | a same-day deadline | harsh client feedback | a budget cut
    metric.creative: audience response | revisions needed | deadlines met | repeat clients
    tool.creative: editing suite | style guide | camera set-up | brief template
    core_task.creative: turning a brief into {d} work | revising {d} drafts after feedback | pitching {d} ideas | managing {d} deadlines
    object.creative: {d} drafts | {d} briefs | {d} projects | {d} style guides
    situation.creative: a client who rejects the third {d} draft without saying why | a deadline moved forward by a week | a piece of {d} work that resembles someone else's too closely | an editor who cuts the part you think matters most
    standard.creative: the style guide | copyright and credit rules | brand guidelines

    stakeholder.office: your line manager | the finance team | an external auditor | a department head
    deliverable.office: a month-end {d} report | a {d} process change | a system migration | an audit file
    pressure.office: a month-end deadline | a regulation that changes next month | a backlog of {d} queries | a colleague on leave
    metric.office: error rate | queries resolved on time | processing time | audit findings
    tool.office: {d} system | spreadsheet model | case management tool | checklist
    core_task.office: processing {d} requests | reconciling {d} records | answering {d} queries | keeping {d} records compliant
    object.office: {d} records | {d} queries | {d} reports | {d} procedures
    situation.office: a {d} error that has affected people for three months | a manager asking you to bend a {d} rule for their team | an upset person whose {d} query needs an answer today | two systems that disagree on the same {d} records
    standard.office: {d} regulations | internal policies | data protection rules

    stakeholder.management: the leadership team | a struggling team member | a key client | the finance director
    deliverable.management: a {d} budget | a team restructure | an annual {d} plan | a quarterly review
    pressure.management: a budget cut | losing a key team member | a missed target | a merger
    metric.management: team engagement | {d} targets | budget variance | staff turnover
    tool.management: planning tool | reporting dashboard | performance review process | budget model
    core_task.management: setting {d} priorities | hiring and developing the {d} team | managing the {d} budget | reporting {d} results to leadership
    object.management: {d} plans | {d} team goals | {d} budgets | {d} reports
    situation.management: two of your best people who can no longer work together | a {d} target you believe is unrealistic | a team member whose performance has dropped sharply | a budget cut of a fifth halfway through the year
    standard.management: company policy | employment law | {d} targets

    stakeholder.advisory: a client | a client's board | a senior partner | the other side's adviser
    deliverable.advisory: a {d} recommendation | a client proposal | a {d} review | a risk assessment
    pressure.advisory: a client who wants an answer today | conflicting client instructions | incomplete client information | a rule change that affects many clients
    metric.advisory: client retention | recommendations adopted | billable utilisation | complaints
    tool.advisory: research database | client file | financial model | engagement letter
    core_task.advisory: assessing a client's {d} needs | writing {d} recommendations | preparing {d} client meetings | keeping {d} client files up to date
    object.advisory: {d} cases | {d} client files | {d} recommendations | {d} contracts
    situation.advisory: a client who insists on a {d} option you think is wrong for them | a client whose information turns out to be incomplete | a mistake in {d} advice you gave last month | a conflict of interest between two clients
    standard.advisory: professional conduct rules | {d} regulations | your duty of care

    stakeholder.operations: the dispatcher | a customer waiting for a delivery | the maintenance team | the shift supervisor
    deliverable.operations: a {d} schedule | a route plan | a shift handover | an incident report
    pressure.operations: a breakdown mid-route | severe weather | a schedule change at short notice | a missing crew member
    metric.operations: on-time performance | safety incidents | fuel use | damage claims
    tool.operations: scheduling system | tracking system | vehicle check sheet | radio procedure
    core_task.operations: planning {d} routes | carrying out {d} pre-shift checks | handling {d} incidents | keeping {d} logs
    object.operations: {d} schedules | {d} route plans | {d} logs | {d} handover notes
    situation.operations: a {d} schedule that cannot be met without breaking rest rules | a safety check that fails just before departure | a customer who is abusive at the handover | a colleague you suspect is unfit to work
    standard.operations: safety regulations | working time rules | operating procedures

    stakeholder.analysis: a department head | the finance team | a sceptical executive | the data team
    deliverable.analysis: a {d} forecast | a {d} report | a model review | a board pack
    pressure.analysis: data that arrives late | two sources that disagree | a same-day request | a forecast that missed badly
    metric.analysis: forecast accuracy | report turnaround | decisions informed | data errors found
    tool.analysis: statistical package | spreadsheet model | BI tool | query language
    core_task.analysis: modelling {d} trends | building {d} reports | checking {d} data quality | presenting {d} findings
    object.analysis: {d} data sets | {d} models | {d} reports | {d} forecasts
    situation.analysis: a {d} forecast that turns out badly wrong after it was presented | a stakeholder who wants only the favourable {d} numbers shown | data that changes after you published a {d} report | two teams using different definitions of the same {d} figure
    standard.analysis: data quality checks | model validation | {d} reporting rules

    stakeholder.education: a struggling learner | a parent | the programme lead | a group with mixed abilities
    deliverable.education: a {d} course | a training session | an assessment | a lesson plan
    pressure.education: a group with mixed levels | a disengaged learner | a shortened programme | a session where the equipment fails
    metric.education: learner progress | pass rates | attendance | learner feedback
    tool.education: lesson plan | assessment rubric | learning platform | demonstration kit
    core_task.education: planning {d} sessions | assessing {d} learners | giving {d} feedback | adapting {d} material
    object.education: {d} sessions | {d} lesson plans | {d} assessments | {d} learner records
    situation.education: a learner who keeps disrupting {d} sessions | a learner who fails the {d} assessment twice | a session planned for twenty when forty turn up | a complaint from a learner about your marking
    standard.education: safeguarding rules | assessment standards | the {d} curriculum

    stakeholder.inspection: the site owner | a regulator | the team being audited | a manager who disputes findings
    deliverable.inspection: a {d} inspection report | an audit plan | a follow-up review | a findings presentation
    pressure.inspection: a site that is not ready for inspection | findings the owner disputes | a tight inspection schedule | evidence that goes missing
    metric.inspection: inspections completed | findings closed | repeat findings | report turnaround
    tool.inspection: inspection checklist | sampling method | evidence log | reporting template
    core_task.inspection: planning {d} inspections | gathering {d} evidence | writing up {d} findings | following up on {d} actions
    object.inspection: {d} inspection plans | {d} findings | {d} evidence files | {d} reports
    situation.inspection: an owner who offers you a favour to overlook a {d} finding | a serious {d} finding on the last day of an inspection | evidence that contradicts what staff told you | a colleague who signed off a {d} inspection without visiting
    standard.inspection: {d} regulations | inspection standards | independence rules

    stakeholder.safety: members of the public | the control room | the shift commander | the emergency services
    deliverable.safety: an incident report | a patrol plan | a risk assessment | a safety briefing
    pressure.safety: an emergency with too few people | a hostile member of the public | conflicting instructions | a long shift with no relief
    metric.safety: response time | incidents prevented | report quality | complaints
    tool.safety: radio procedure | incident log | protective equipment | patrol schedule
    core_task.safety: patrolling {d} sites | responding to {d} incidents | writing {d} incident reports | assessing {d} risks
    object.safety: {d} incident reports | {d} patrol logs | {d} risk assessments | {d} incident logs
    situation.safety: an incident where the procedure and your judgement disagree | a member of the public filming you during an incident | a colleague breaking the rules on use of force | two calls at once with only one of you free
    standard.safety: use-of-force rules | {d} safety procedures | reporting rules
    """#)
}
