/// Facets of services people sign up for: banking, insurance, telecom, healthcare, education, fitness.
extension FacetLexicon {
    static let bank = """
    app ; fast, clear, secure ; buggy, slow, confusing
    *fees ; low, transparent, fair ; hidden, steep, unfair
    customer service / call centre ; helpful, quick, knowledgeable ; slow, scripted, useless
    *transfers ; instant, reliable ; slow, delayed, stuck
    fraud team ; quick, thorough, reassuring ; slow, suspicious, careless
    *interest rates ; competitive, fair ; poor, stingy
    branch ; friendly, efficient, calm ; understaffed, chaotic, slow
    *statements ; clear, accurate ; confusing, late
    mortgage process ; smooth, clear, well explained ; slow, opaque, exhausting
    card replacement ; quick, easy ; slow, chaotic
    online banking ; reliable, well designed ; clunky, unreliable
    *overdraft terms ; fair, clear ; punitive, opaque
    *ATMs ; plentiful, reliable ; scarce, broken
    savings account ; generous, flexible ; stingy, rigid
    *notifications ; instant, useful ; late, spammy
    account opening ; quick, painless ; slow, exhausting
    *card payments ; instant, seamless, secure ; declined, flaky, delayed
    savings goals feature ; handy, motivating, simple ; clunky, useless, buggy
    *loan terms ; fair, clear, flexible ; harsh, vague, punitive
    *phone queues ; short, quick ; endless, hopeless, long
    *currency exchange rates ; fair, competitive, transparent ; poor, opaque, greedy
    *direct debits ; reliable, easy to manage, clear ; botched, confusing, mishandled
    *security checks ; sensible, quick, reassuring ; maddening, endless, clumsy
    *cashback offers ; generous, simple, genuine ; stingy, fiddly, misleading
    joint account setup ; quick, painless, well explained ; slow, chaotic, confusing
    *branch staff ; friendly, knowledgeable, patient ; rude, clueless, rushed
    *savings rates ; competitive, fair ; stingy, miserable
    complaint handling ; fair, quick, thorough ; slow, dismissive, scripted
    *spending insights ; clear, useful ; vague, wrong
    *budgeting tools ; handy, clever ; clunky, basic
    """

    static let insurance = """
    claims process ; quick, fair, straightforward ; slow, opaque, exhausting
    *premiums ; fair, competitive, stable ; steep, rising, unjustified
    *adjusters ; fair, thorough, kind ; dismissive, slow, unreasonable
    customer service ; helpful, patient, clear ; scripted, slow, evasive
    policy wording ; clear, plain, honest ; confusing, vague, misleading
    online portal ; simple, clear, reliable ; clunky, broken, confusing
    renewal ; smooth, honest, simple ; sneaky, overpriced, automatic
    payout ; prompt, fair, full ; slow, partial, stingy
    cover ; thorough, generous, sensible ; thin, patchy, disappointing
    app ; clear, handy ; buggy, useless
    *phone lines ; quick, helpful ; jammed, endless
    excess ; reasonable, clear ; steep, hidden
    *repairers ; skilled, quick ; sloppy, slow
    cancellation process ; simple, fair ; sneaky, punitive
    *quotes ; clear, competitive, honest ; confusing, inflated, misleading
    *documents ; clear, tidy, prompt ; confusing, late, contradictory
    *call handlers ; kind, patient, clear ; curt, scripted, impatient
    no-claims discount ; generous, fair, clear ; stingy, unclear
    *claim updates ; regular, clear ; rare, vague, late
    *loss adjusters / assessors ; fair, thorough, quick ; petty, slow, dismissive
    *renewal prices / renewal quotes ; fair, stable ; inflated, sneaky, steep
    *payments / claim payments ; prompt, complete ; slow, partial, short
    *online forms ; short, clear ; long, buggy, repetitive
    """

    static let telecom = """
    signal / reception ; strong, steady, reliable ; patchy, weak, unreliable
    *speeds ; fast, consistent, as promised ; slow, erratic, disappointing
    *bills ; clear, accurate, predictable ; confusing, inflated, wrong
    customer service ; helpful, quick, honest ; slow, scripted, useless
    installation ; quick, tidy, on time ; late, messy, botched
    *roaming charges ; fair, clear ; outrageous, hidden
    router ; reliable, fast, simple to set up ; flaky, slow, outdated
    contract ; flexible, fair, clear ; restrictive, confusing, unfair
    coverage ; wide, excellent, dependable ; patchy, poor, limited
    app ; clear, useful ; buggy, useless
    outage handling ; honest, quick ; slow, silent, evasive
    *technicians ; punctual, skilled, friendly ; late, careless, rude
    *upgrades ; fair, easy ; pushy, expensive
    *data allowances ; generous, fair ; stingy, confusing
    *engineers ; quick, thorough ; absent, careless
    *phone deals / handset deals ; generous, fair ; misleading, steep
    call quality ; crisp, clear ; crackly, choppy, muffled
    mobile data ; fast, steady ; sluggish, patchy
    *shops / stores ; helpful, quick ; pushy, understaffed
    *price rises ; modest, well flagged ; steep, sneaky, constant
    *broadband speeds ; fast, consistent ; slow, erratic
    """

    static let healthcare = """
    *doctors / physicians ; thorough, kind, patient, knowledgeable ; rushed, dismissive, curt
    *nurses ; caring, attentive, gentle ; overstretched, curt, inattentive
    wait time ; short, reasonable ; long, endless, absurd
    booking system ; simple, quick, reliable ; confusing, clunky, broken
    reception ; friendly, organised, calm ; chaotic, rude, disorganised
    billing ; clear, fair, accurate ; confusing, inflated, wrong
    *follow-up calls ; timely, thoughtful ; late, missing
    clinic ; clean, calm, modern ; crowded, dirty, dated
    telehealth service ; smooth, convenient, reliable ; glitchy, awkward, unreliable
    *test results ; fast, well explained ; slow, unexplained
    pharmacy ; quick, well stocked ; slow, understocked
    *specialists ; thorough, kind ; rushed, dismissive
    waiting room ; calm, clean ; crowded, grim
    *referrals ; quick, well handled ; slow, lost
    *prescriptions ; quick, accurate ; late, wrong
    patient portal ; clear, handy ; clunky, broken
    *appointment reminders ; timely, clear, handy ; late, missing, spammy
    *consultations ; unhurried, thorough, reassuring ; rushed, brusque, cursory
    *lab staff ; gentle, quick, careful ; rough, careless, slow
    *treatment plans ; clear, realistic, well explained ; vague, rushed, confusing
    *physiotherapists ; skilled, encouraging, thorough ; rushed, vague, distracted
    *phone lines ; quick, friendly, well staffed ; jammed, endless, hopeless
    *scans ; quick, well explained, painless ; delayed, unexplained, rushed
    *records ; accurate, complete, well kept ; wrong, incomplete, lost
    *home visits ; punctual, caring, thorough ; late, hurried, rare
    *blood tests ; quick, painless, well organised ; painful, botched, delayed
    *vaccination appointments ; punctual, smooth, well run ; chaotic, late, disorganised
    out-of-hours service ; reachable, calm, helpful ; unreachable, overwhelmed, dismissive
    *explanations ; clear, patient, honest ; vague, hurried, condescending
    *receptionists ; kind, efficient, patient ; curt, harried, dismissive
    bedside manner ; warm, reassuring, gentle ; cold, brusque, rushed
    diagnosis ; clear, careful, thorough ; rushed, vague, wrong
    aftercare / aftercare advice ; clear, thorough, kind ; vague, missing, rushed
    hygiene ; spotless, careful ; sloppy, worrying
    car park ; easy, cheap ; full, expensive, confusing
    """

    static let education = """
    *lessons / classes ; clear, engaging, well structured ; dull, confusing, disorganised
    *instructors ; knowledgeable, patient, inspiring ; distant, unprepared, dismissive
    course material ; thorough, current, well organised ; outdated, thin, sloppy
    platform ; stable, simple, tidy ; buggy, clunky, confusing
    feedback on assignments ; detailed, quick, fair ; vague, slow, unfair
    *assignments ; challenging, relevant, fair ; pointless, tedious, vague
    schedule ; flexible, well planned ; rigid, chaotic
    *fees ; fair, reasonable ; steep, unjustified
    *forums ; active, helpful, friendly ; dead, hostile, chaotic
    career support ; practical, useful ; thin, useless
    enrolment ; smooth, quick ; confusing, slow
    *quizzes ; useful, fair ; pointless, buggy
    *videos ; clear, well produced ; muffled, dated
    *mentors ; patient, available ; absent, distracted
    certificate ; useful, respected ; worthless, slow to arrive
    *live sessions ; engaging, well run ; chaotic, poorly run
    *reading lists ; thoughtful, current, useful ; dated, padded, irrelevant
    *exams ; fair, relevant, well set ; unfair, confusing, badly set
    *group projects ; rewarding, well organised ; chaotic, pointless, unfair
    *office hours ; generous, helpful ; rare, rushed, unhelpful
    *tutors ; patient, sharp, encouraging ; distracted, absent, condescending
    *lectures ; engaging, clear, well paced ; dull, rushed, disorganised
    *course notes / handouts ; clear, thorough ; sloppy, outdated, thin
    grading / marking ; fair, quick, detailed ; slow, arbitrary, harsh
    student support ; warm, quick, practical ; slow, scripted, absent
    *practice exercises ; varied, useful ; repetitive, trivial
    """

    static let fitness = """
    equipment / kit ; modern, well maintained, plentiful ; broken, dated, scarce
    *trainers ; motivating, knowledgeable, attentive ; disengaged, pushy, absent
    *classes ; energetic, varied, well run ; overcrowded, repetitive, cancelled
    *changing rooms ; clean, spacious, well kept ; dirty, cramped, smelly
    membership price ; fair, affordable, flexible ; steep, creeping, confusing
    cancellation process ; simple, fair ; impossible, sneaky, exhausting
    *opening hours ; generous, convenient ; short, inconvenient
    atmosphere ; friendly, welcoming, motivating ; intimidating, cliquey, tense
    app ; handy, reliable ; buggy, useless
    cleanliness ; excellent, spotless ; poor, grim
    *showers ; hot, strong, clean ; cold, weak, grimy
    pool ; warm, clean ; cold, murky
    *lockers ; secure, roomy ; broken, cramped
    sauna ; hot, clean ; lukewarm, grimy
    music ; motivating, well chosen ; deafening, grating
    *free weights ; plentiful, well kept ; scarce, scattered
    *group classes ; lively, well led, fun ; chaotic, overbooked, dull
    reception ; friendly, welcoming, efficient ; rude, chaotic, absent
    *cardio machines ; modern, plentiful, working ; broken, ancient, scarce
    car park ; roomy, free, safe ; full, pricey, dark
    *spin classes ; energetic, fun, tough ; overcrowded, chaotic, dull
    *personal trainers ; motivating, knowledgeable, patient ; pushy, absent, distracted
    weights area / weights room ; spacious, tidy ; cramped, messy, crowded
    induction / gym induction ; thorough, friendly ; rushed, cursory
    steam room ; hot, clean ; cold, grimy, out of order
    """
}
