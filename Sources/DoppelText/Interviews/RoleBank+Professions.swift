/// Interview banks for professions outside tech: care, finance, teaching, management.
extension RoleBank {
    static let nurse = PhraseBank(name: "nurse", source: #"""
    title: nurse
    aliases: nurse | registered nurse | rn | nursing | nurse practitioner | charge nurse | midwife | healthcare assistant
    stakeholder: a consultant | a worried family member | the night-shift team | the ward manager
    deliverable: a safe shift handover | a discharge plan | a care plan for a complex patient | a new infection-control routine
    pressure: a short-staffed night shift | a deteriorating patient | several admissions at once
    metric: medication errors | patient falls | discharge delays | patient satisfaction scores
    tool: early warning scoring system | electronic patient record | handover framework such as SBAR | clinical guideline
    core_task: medication rounds | patient handover | wound care | patient education
    technical:
      How do you prioritise care when several patients need you at once? :: Assess quickly using airway, breathing, circulation and early warning scores, deal with the most unstable patient first, delegate appropriate tasks to colleagues, escalate early to the doctor when needed, and keep others safe and informed. :: Uses a structured assessment (ABC, NEWS); Delegates and escalates appropriately; Keeps all patients safe :: medium
      What do you do if you discover a medication error? :: Check the patient immediately and monitor for effects, inform the doctor and follow their instructions, tell the patient honestly, record it accurately and complete an incident report, and take part in the review to prevent recurrence. :: Patient safety first; Escalates and is honest; Documents and learns :: medium
      How do you give a safe handover? :: Use a structured format such as SBAR: situation, background, assessment and recommendations; cover outstanding tasks, risks and pending results, hand over at the bedside where possible, and invite questions. :: Uses a structured format; Covers risks and pending tasks; Confirms understanding :: easy
      How do you recognise a deteriorating patient? :: Regular observations with an early warning score, noticing trends rather than single values, changes in confusion, colour or breathing, listening to the patient and family, and escalating promptly using the agreed pathway. :: Uses scores and trends; Notices subtle signs; Escalates promptly :: medium
      How do you prevent hospital-acquired infections? :: Hand hygiene at the right moments, correct use of protective equipment, aseptic technique for lines and wounds, early removal of unneeded catheters, isolation when indicated, and cleaning equipment between patients. :: Hand hygiene and PPE; Device and aseptic care; Isolation and cleaning :: easy
    situational:
      A family member is angry that their father's pain isn't controlled. What do you do? :: Listen and acknowledge their concern, assess the patient's pain yourself straight away, give prescribed analgesia or escalate to the doctor, explain the plan to the family, and check back with them. :: Acknowledges concern; Acts on the clinical issue; Keeps the family informed
      You believe a doctor's prescription is unsafe. What do you do? :: Do not give it; check the prescription and guidelines, discuss your concern with the prescriber directly, escalate to a senior if unresolved, and document the conversation. :: Refuses unsafe care; Raises it directly; Escalates and documents
    """#)

    static let accountant = PhraseBank(name: "accountant", source: #"""
    title: accountant
    aliases: accountant | accounting | bookkeeper | auditor | financial analyst | controller | financial controller | finance manager | cpa | tax
    stakeholder: an auditor | a budget holder | the CFO | a client business owner
    deliverable: a month-end close | a statutory audit | an annual budget | a tax return
    pressure: a tight audit deadline | an unreconciled difference at year end | a new accounting standard
    metric: days to close | audit adjustments | forecast accuracy | overdue receivables
    tool: accounting system | spreadsheet model | ERP | reconciliation tool
    core_task: month-end close | reconciliations | variance analysis | preparing management accounts
    technical:
      What are the three main financial statements and how do they connect? :: The income statement shows revenue, costs and profit for a period; the balance sheet shows assets, liabilities and equity at a point in time; the cash flow statement shows cash movements. Net income feeds retained earnings and starts the indirect cash flow statement. :: Names all three correctly; Explains the links; Understands accrual vs cash :: easy
      Explain the difference between accrual and cash accounting. :: Accrual accounting records revenue when earned and expenses when incurred, regardless of cash; cash accounting records them when cash moves. Accruals match costs to the period they relate to, which gives a truer picture of performance. :: Correct definitions; Explains matching; Knows when each is used :: easy
      A bank reconciliation is off by a small amount. How do you find the difference? :: Check timing items (outstanding cheques, deposits in transit), bank charges and interest not yet booked, duplicated or transposed entries (differences divisible by nine suggest transposition), and compare transaction by transaction for the period. :: Checks timing differences; Looks for common errors; Systematic matching :: medium
      How would you speed up the month-end close? :: Map the current close and its bottlenecks, move work earlier (pre-close accruals, continuous reconciliations), automate recurring journals and matching, standardise checklists with owners and deadlines, and track days to close. :: Analyses bottlenecks; Moves work earlier and automates; Measures progress :: hard
      What is the difference between capital and revenue expenditure? :: Capital expenditure buys or improves long-term assets and is capitalised and depreciated; revenue expenditure covers day-to-day running costs and is expensed immediately. Misclassifying distorts profit and asset values. :: Correct definitions; Mentions depreciation; Explains impact of misclassification :: easy
    situational:
      A manager asks you to delay booking an expense until next quarter. What do you do? :: Explain that the expense belongs to the period it was incurred and that shifting it would misstate results, offer to help explain the variance instead, and escalate if pressed. :: Upholds accounting principles; Offers a constructive alternative; Escalates if needed
      You find an error in last year's signed-off accounts. What do you do? :: Quantify it and assess materiality, tell your manager, follow the standards for prior-period errors, and fix the control that allowed it. :: Assesses materiality; Escalates promptly; Corrects and improves controls
    """#)

    static let teacher = PhraseBank(name: "teacher", source: #"""
    title: teacher
    aliases: teacher | teaching | educator | tutor | lecturer | instructor | teaching assistant | professor
    stakeholder: a concerned parent | the head of department | a teaching assistant | a student with additional needs
    deliverable: a new scheme of work | a parents' evening | a school trip | an exam preparation programme
    pressure: a disruptive class | a sudden curriculum change | an inspection next week
    metric: student progress | attendance | exam pass rates | homework completion
    tool: assessment method | learning platform | behaviour policy | lesson planning framework
    core_task: lesson planning | differentiation | marking and feedback | classroom management
    technical:
      How do you plan a lesson for a mixed-ability class? :: Start from a clear learning objective, plan a core task everyone can access with scaffolds and extensions, use grouping and questioning to stretch and support, check understanding throughout, and adapt the next lesson based on what you learn. :: Clear objective; Differentiates with scaffolds and stretch; Assesses during the lesson :: medium
      How do you use assessment to improve learning? :: Use formative assessment every lesson (questioning, mini whiteboards, exit tickets) to see what students understand, give specific feedback they act on, and adjust teaching; use summative tests to check progress over time. :: Distinguishes formative and summative; Feedback students act on; Adapts teaching :: medium
      How do you manage low-level disruption? :: Clear routines and expectations from the first lesson, engaging work, positive reinforcement, calm and consistent use of the behaviour policy, quiet individual corrections, and following up with students and parents when needed. :: Prevention through routines; Consistent, calm responses; Follows up :: easy
      How do you support a student who has fallen behind? :: Find out why (gaps, attendance, wellbeing, additional needs), agree targeted support such as small-group work or adapted tasks, involve parents and specialists, and track progress with regular checks. :: Diagnoses the cause; Targeted support; Involves others and tracks progress :: medium
    situational:
      A parent emails angrily about their child's grade. How do you respond? :: Reply promptly and politely, offer a meeting, come with the evidence of the work and the criteria, listen to their concerns, explain what the student can do to improve, and agree next steps. :: Responds promptly and calmly; Uses evidence; Focuses on the student's progress
      A lesson is going badly and students are disengaged. What do you do in the moment? :: Pause and change the activity, check whether the task is too hard or too easy, re-explain with an example, get students talking in pairs, and reflect afterwards on what to change. :: Adapts in the moment; Diagnoses the cause; Reflects afterwards
    """#)

    static let projectManager = PhraseBank(name: "project_manager", source: #"""
    title: project manager
    aliases: project manager | program manager | programme manager | delivery manager | scrum master | pmo | project coordinator
    stakeholder: a demanding sponsor | a supplier | the finance team | a team lead
    deliverable: an office relocation | a system rollout | a construction phase | a regulatory change programme
    pressure: a slipping critical path | a budget overrun | a key supplier going out of business
    metric: schedule variance | budget variance | milestones hit on time | stakeholder satisfaction
    tool: planning tool | risk register | agile framework | status reporting format
    core_task: risk management | stakeholder reporting | scope control | resource planning
    technical:
      How do you handle scope creep? :: Agree a clear baseline scope and change process at the start; when new requests come, assess their impact on time, cost and risk, put the decision to the sponsor, and update the plan and stakeholders once it is approved. :: Baseline and change process; Impact assessment; Sponsor decides :: easy
      How do you manage project risks? :: Identify risks with the team early, assess likelihood and impact, assign owners and mitigations in a risk register, review it regularly, and escalate risks that exceed your tolerance. :: Early identification; Owners and mitigations; Regular review and escalation :: medium
      Your project is two weeks behind schedule. What do you do? :: Find the cause and whether it affects the critical path, look at options (re-sequencing, fast-tracking, adding resource, cutting scope), agree a recovery plan with the sponsor, and report honestly. :: Diagnoses critical path impact; Several recovery options; Transparent reporting :: medium
      When would you choose an agile approach over a waterfall one? :: Agile suits uncertain requirements and work that can be delivered and tested in small increments; waterfall suits fixed, well-understood requirements with heavy dependencies or regulation. Many projects blend the two. :: Understands both; Matches approach to context; Recognises hybrids :: medium
    situational:
      A senior stakeholder keeps bypassing you to give the team new tasks. What do you do? :: Talk to them privately, understand what they need, explain the impact on commitments, agree a way to route requests, and involve the sponsor if it continues. :: Addresses it directly; Understands their needs; Agrees a process
      Two team leads disagree on priorities and the work has stalled. How do you resolve it? :: Bring them together with the project goals and data on impact, clarify who decides, help them reach an agreement or escalate to the sponsor for a decision, and communicate it clearly. :: Uses goals and data; Clarifies decision rights; Escalates when needed
    """#)

    static let recruiter = PhraseBank(name: "recruiter", source: #"""
    title: HR specialist
    aliases: hr | human resources | recruiter | talent acquisition | people partner | hr business partner | people operations | hiring
    stakeholder: a hiring manager | a candidate | the legal team | an employee with a grievance
    deliverable: a hiring plan | a new onboarding programme | a performance review cycle | a diversity initiative
    pressure: a hiring freeze | a sudden resignation wave | an urgent grievance
    metric: time to hire | offer acceptance rate | early attrition | employee engagement scores
    tool: applicant tracking system | HR information system | interview framework | engagement survey
    core_task: sourcing candidates | structured interviewing | employee relations | onboarding
    technical:
      How do you reduce bias in hiring? :: Define the criteria before sourcing, use structured interviews with the same questions and scoring rubrics, diverse panels, anonymised screening where practical, and review pass-through rates by group to find where bias creeps in. :: Criteria and structure up front; Concrete bias-reducing practices; Uses data to check :: medium
      How would you fill a hard-to-hire technical role? :: Work with the hiring manager to separate must-haves from nice-to-haves, source actively through referrals and communities, sell the role honestly, keep the process fast and well communicated, and review the offer against the market. :: Clarifies requirements; Active sourcing; Fast process and competitive offer :: medium
      How do you handle an employee's grievance? :: Acknowledge it promptly, explain the process, investigate fairly by gathering evidence from all sides, keep it confidential, reach a documented decision and communicate it, and follow the policy and law throughout. :: Prompt and fair process; Confidential and documented; Follows policy :: hard
    situational:
      A hiring manager wants to reject a strong candidate for vague "culture fit" reasons. What do you do? :: Ask for specific, job-related evidence, compare against the agreed criteria, point out the risk of bias, and agree a fair decision or another interview. :: Asks for specifics; Refers to criteria; Addresses bias
      An employee tells you about harassment but asks you to keep it secret. What do you do? :: Thank them, explain that you must act on serious concerns and what confidentiality you can offer, make sure they are safe, and follow the investigation process. :: Honest about confidentiality; Prioritises safety; Follows process
    """#)
}
