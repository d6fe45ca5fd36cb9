/// Phrase banks for services that look after people: healthcare, education, fitness.
extension DomainBank {
    static let healthcare = PhraseBank(name: "healthcare", source: #"""
    thing: appointment reminder <timely, clear / late, missing, wrong> | waiting room <clean, calm, quiet / packed, grubby, stuffy> | check-in kiosk <quick, easy to use / broken, confusing, out of order> | prescription <ready on time, correct / wrong, delayed, lost> | referral letter <thorough, sent promptly / delayed, lost, missing> | blood test <quick, painless / delayed, botched> | invoice <clear, accurate / wrong, confusing, inflated> | patient portal login <quick, reliable / broken, locked, confusing> | parking ticket <cheap, easy to pay / expensive, confusing> | consultation room <clean, private, calm / cramped, cold, grubby> | follow-up call <prompt, thorough / late, rushed, forgotten> | X-ray <quick, painless / delayed, lost> | discharge note <clear, thorough / vague, missing, wrong> | vaccination record <accurate, up to date / wrong, incomplete, missing> | phone queue <short, quick / endless, slow> | booking page <clear, easy to use / confusing, broken> | lab result <quick, clearly explained / late, lost, unexplained> | exam table <clean, comfortable / cold, torn, grubby> | repeat prescription <ready on time, easy to order / late, wrong, lost> | wheelchair ramp <wide, well placed / blocked, steep> | interpreter service <quick, excellent / unavailable, late> | sick note <quick, clear / late, wrong>
    scene_thing: {thing} | hand sanitiser station <full, easy to find / empty, broken> | blood pressure cuff <comfortable, working / broken, too tight> | appointment letter <clear, on time / late, confusing, wrong> | self-check-in screen <quick, easy to use / frozen, out of order> | pharmacy counter <quick, well staffed / understaffed, chaotic> | water cooler <full, cold / empty, broken> | call-back slot <on time, convenient / missed, late> | visitor badge <ready, quick to print / missing, lost>
    it: the clinic | this practice | the clinic | {@brand} | {@brand}
    brand: {brand_word} [Health|Medical Centre|Family Practice|Clinic]
    noun: clinic
    stint: I've been a patient at {it} for {#2-10} years | I had [an appointment|a follow-up|a minor procedure] at {it} last {month} | I took my [son|daughter|mother] to {it} {#2-5} times this year
    month: January | February | March | May | June | September | October | November
    purpose: for [a routine check-up|physiotherapy|a persistent cough|blood tests|a knee injury] | to see [a dermatologist|a GP|a specialist]
    persona: a [parent of {#2-3}|patient with a chronic condition|carer for an elderly parent|nervous patient] | someone who hates waiting rooms
    aspect: booking system | waiting time | reception desk | bedside manner | billing | follow-up care | patient portal | test result turnaround | parking | cleanliness | prescription refill | telehealth service
    feature: online booking | same-day appointments | video consultations | text reminders | patient portal | repeat prescriptions online | on-site pharmacy | evening clinics | nurse advice line | digital test results
    staff: nurse | receptionist | doctor | physiotherapist | pharmacist | practice manager
    adj_good: caring | efficient | thorough | calm | professional
    adj_bad: rushed | disorganised | cold | slow | confusing
    good:
      The [nurses|physiotherapists] are [wonderful|excellent|patient], and my {thing} was [ready|sorted] within {#1-2} days.
      The practice manager called me back personally within {#2-4} hours about a billing question.
      They fitted me in the same day when my [child|mother|partner] had a [high fever|bad fall|sudden rash].
      I was called in within {#5-10} minutes of my appointment time.
      Dr {last_name} listened for a full {#15-25} minutes and explained every option.
      The nurse who took my blood was gentle and quick, and results came back in {#1-3} days.
      Booking online took {#1-3} minutes and I got a text reminder the day before.
      The physiotherapist gave me a {#4-8}-week plan with exercises I could actually follow.
      The receptionist sorted out an insurance mix-up in one phone call.
      My video consultation started on time and the prescription was ready at my pharmacy {#2-4} hours later.
    bad:
      The receptionist [booked me with the wrong doctor|lost my referral letter|sent me to the wrong floor], which cost me another {#2-3} weeks.
      A follow-up call promised for [{any_day_singular}|the next morning] never came, and I had to ring {#3-6} times.
      The waiting room [was packed|had {#20-40} people] and [half the chairs were broken|there was nowhere to sit].
      My {thing} was [lost|wrong|delayed] twice, and nobody apologised.
      Parking cost {$8-20} for a {#10-15}-minute appointment that started {#40-80} minutes late.
      I waited {#60-150} minutes past my appointment time with no explanation.
      The doctor spent about {#4-7} minutes with me and typed the whole time.
      Test results took {#2-4} weeks and I had to chase them {#2-3} times.
      I was billed {$150-900} for a visit my insurance should have covered, and billing won't call back.
      The phone line rings out from 8 am and all appointments are gone by {#8}:{#10-30}.
      My prescription refill was lost twice, leaving me without medication for {#3-6} days.
      Reception staff discussed my [results|condition] loud enough for the waiting room to hear.
    meh:
      The doctors are excellent; the booking system is a nightmare.
      Clean and modern, but it runs about {#30-45} minutes behind every time.
      Good care once you're seen; getting seen is the hard part.
    wish: add more appointment slots | call patients back about billing | speed up test results | fix the booking system | improve the {feature}
    alt: my previous practice | the urgent care centre nearby | the hospital outpatient clinic
    moment: at reception | in the waiting room | at my follow-up | when the bill arrived
    last_name: Patel | Nguyen | Okafor | Hughes | Fischer | Romero | Kim | Lindqvist | Haddad | Moreau
    """#)

    static let education = PhraseBank(name: "education", source: #"""
    thing: lecture video <clear, engaging, well paced / blurry, dull, out of date> | quiz <fair, well written / unfair, confusing, broken> | assignment brief <clear, detailed / vague, confusing, late> | reading list <up to date, well chosen / outdated, endless> | discussion thread <lively, helpful / dead, chaotic> | grade <fair, quick to arrive / unfair, late> | certificate <quick to arrive, well designed / late, wrong, misspelled> | slide deck <clear, well structured / cluttered, outdated, riddled with errors> | code exercise <well designed, challenging / broken, trivial> | peer review <thoughtful, detailed / lazy, late, unfair> | deadline <fair, realistic / unrealistic, moved twice> | office hour <helpful, well attended / cancelled, rushed> | transcript <accurate, quick to arrive / wrong, late> | study guide <thorough, clear / vague, outdated> | practice exam <realistic, useful / unrealistic, broken> | course forum <active, helpful / dead, chaotic> | project rubric <clear, fair / vague, unfair> | feedback note <detailed, helpful / vague, late, generic> | module outline <clear, well structured / vague, outdated> | progress bar <accurate, motivating / wrong, stuck> | audio track <clear, well recorded / muffled, out of sync> | glossary <thorough, handy / incomplete, outdated>
    scene_thing: {thing} | welcome email <friendly, clear / late, confusing> | timetable <clear, sensible / chaotic, wrong> | lab session <well run, hands-on / rushed, cancelled> | marking scheme <clear, fair / vague, unfair> | seminar slot <convenient, well run / cancelled, rushed> | study room <quiet, easy to book / packed, noisy> | library login <quick, reliable / broken, locked> | lecture recording <clear, up quickly / muffled, missing> | sample answer <helpful, thorough / vague, wrong> | module survey <short, thoughtful / long, pointless>
    it: the course | this online course | the program | {@brand} | {@brand}
    brand: [{brand_word} Academy|the {brand_word} course|{brand_word} Learning]
    noun: course
    stint: I finished {it} after {#6-16} weeks of [evening|weekend] study | I'm {#3-9} modules into {it} | I took {it} last {term} alongside a full-time job
    term: spring | summer | autumn | winter term
    purpose: to [switch careers into data analysis|learn Python|prepare for a certification exam|improve my Spanish|brush up on statistics] | for [professional development|my degree]
    persona: a [career changer|working parent|final-year student|teacher|complete beginner] | someone who has started {#3-6} online courses and finished few
    aspect: curriculum | instructor | video lecture | quiz design | assignment feedback | discussion forum | pace | certificate | price | learning platform | project work | reading list
    feature: graded projects | live Q&A sessions | mentor program | downloadable notes | peer review system | job board | mobile app | practice exams | flexible deadlines | capstone project
    staff: instructor | teaching assistant | tutor | course coordinator | mentor
    adj_good: engaging | well structured | practical | clear | challenging
    adj_bad: outdated | shallow | disorganised | dry | overpriced
    good:
      My mentor, {first_name}, reviewed my project line by line in a {#30-60}-minute call.
      The practice exams were close to the real thing; I scored {#80-95}% on both.
      Every module ends with a small project, so I built {#5-9} things I can actually show.
      The instructor explains hard ideas with simple examples, and the videos are {#8-15} minutes each.
      Every assignment came back with detailed feedback within {#2-4} days.
      The capstone project gave me something real to show in [interviews|my portfolio].
      Weekly live sessions with the teaching assistant answered questions the videos didn't.
      I passed the certification exam with {#82-97}% on my first try.
      The pace of {#4-6} hours a week fit around my job.
      I took it [in the evenings after my shift|on Sunday mornings|on the train to work], and the [short lessons|downloadable notes|offline videos] made that possible.
      {first_name}, the teaching assistant, spotted the bug in my [final project|second assignment] and explained why it happened instead of just fixing it.
      Within [three|four|six] months of finishing I [moved into a new role|got a pay rise|started freelancing] using what I learned here.
    bad:
      The [quiz|exam|assignment] in module {#2-8} tested things the videos never covered.
      My tutor took {#2-4} weeks to reply to a simple question about the {thing}.
      The platform [logged me out|crashed|lost my progress] {#2-5} times during the final exam.
      Live sessions were cancelled {#2-4} times with less than an hour's notice.
      Peer reviews were [one-line comments|clearly rushed|copy-pasted], so the feedback was useless.
      Half the videos were recorded in {#2014-2018} and show software that no longer looks like that.
      Assignments were auto-graded and the grader rejected correct answers {#3-5} times.
      Questions on the forum sit unanswered for {#1-3} weeks.
      The "certificate" turned out to cost an extra {$49-199}.
      Module {#3-7} jumps from basics to advanced material with nothing in between.
      The reading list had {#3-6} broken links.
      I enrolled [to switch careers|because my employer paid|after a friend recommended it], and the first [fortnight|month] was spent on setup problems nobody warned us about.
      {first_name}, our tutor, left halfway through, and the replacement [never learned our names|marked everything late|cancelled the review sessions].
    meh:
      Good content, weak support.
      Fine as an introduction, too shallow if you already know the basics.
      The instructor is great; the platform is clunky.
    wish: update the old videos | staff the forum | include the certificate in the price | smooth the jump in difficulty | improve the {feature}
    alt: the free tutorials online | a university evening class | the other course I tried
    moment: in module {#2-8} | at the final exam | during the capstone | in the first week
    """#)

    static let fitness = PhraseBank(name: "fitness", source: #"""
    thing: squat rack <sturdy, free / broken, always taken> | treadmill <smooth, well maintained / broken, out of order, wobbly> | rowing machine <smooth, well maintained / broken, squeaky> | locker <secure, roomy / broken, jammed, tiny> | shower <hot, clean, powerful / cold, filthy, weak> | sauna <hot, spotless / lukewarm, closed, grubby> | yoga mat <clean, fresh / sticky, worn, grubby> | dumbbell rack <tidy, well stocked / messy, half empty> | class timetable <clear, varied / confusing, thin> | changing room <clean, spacious / filthy, cramped, cold> | water fountain <cold, working / broken, warm> | towel service <generous, reliable / stopped, patchy> | cable machine <smooth, well maintained / broken, frayed> | spin bike <well maintained, smooth / wobbly, squeaky, broken> | bench <sturdy, clean / wobbly, torn> | kettlebell <new, easy to grip / rusty, chipped> | swimming pool <clean, warm / cold, cloudy, packed> | entry gate <quick, reliable / broken, slow> | booking app <quick, easy to use / buggy, slow> | mirror <clean, spotless / smeared, cracked> | stretching area <spacious, clean / cramped, cluttered> | hair dryer <powerful, working / broken, weak>
    scene_thing: {thing} | foam roller <firm, clean / worn, grubby> | punch bag <sturdy, firm / split, leaking sand> | leg press <smooth, well maintained / broken, squeaky> | pull-up bar <sturdy, solid / loose, wobbly> | resistance band <strong, new / frayed, snapped> | heart rate monitor <accurate, comfortable / inaccurate, dead> | hand towel <fresh, fluffy / damp, grubby> | vending machine <well stocked, working / empty, broken> | bike seat <comfortable, well padded / torn, wobbly> | studio floor <clean, springy / dusty, slippery>
    it: the gym | this gym | the club | {@brand} | {@brand}
    brand: {brand_word} [Fitness|Gym|Athletic Club|Strength]
    noun: gym
    stint: I've been a member at {it} for {#2-6} years | I joined {it} {#2-10} months ago | I go to {it} {#3-5} mornings a week
    purpose: to [train for a marathon|lose weight|rehab a shoulder injury|build strength] | for [group classes|swimming|weightlifting]
    persona: a [beginner|powerlifter|runner|busy parent|retiree] | someone who works out before work
    aspect: equipment | locker room | class schedule | membership price | cancellation policy | cleanliness | opening hours | parking | staff | pool | app | crowd level
    feature: group classes | 24/7 access pass | personal training | sauna | climbing wall | booking app | free towels | recovery zone | guest passes | childcare room
    staff: personal trainer | front desk worker | class instructor | manager
    adj_good: clean | friendly | well equipped | motivating | spacious
    adj_bad: crowded | dirty | overpriced | run-down | understaffed
    good:
      There are {#6-12} squat racks, so I've never waited for one.
      The [spin|yoga|HIIT] instructor, {first_name}, remembers everyone's name.
      The locker room is cleaned [every hour|twice a morning|between every class] and it shows.
      My trainer built a {#8-12}-week plan that added {#10-30} kg to my deadlift.
      Opening at {#5-6} am means I'm done before work.
      Membership is {$25-45} a month with no joining fee.
    bad:
      The [air conditioning|ventilation] in the [weights room|studio] [has been broken since {any_month}|barely works], and it smells by {#6-8} pm.
      My [spin|yoga|HIIT] class was cancelled {#2-4} times this month with a text {#10-30} minutes before the start.
      A personal trainer [pushed|tried to sell] me a {$200-600} package [during my induction|before I'd even changed].
      They froze my account [by mistake|without asking] and I was turned away at the entry gate {#2-3} times.
      At {#5-7} pm it's so crowded I wait {#10-20} minutes for a bench.
      {#2-4} treadmills have had "out of order" signs for weeks.
      Cancelling required a letter by post and {#30-60} days' notice.
      Classes book out within {#2-5} minutes of opening on the app.
      The showers are lukewarm at best and the drains are clogged.
      They raised the fee by {$5-15} a month with {#7-14} days' notice.
    meh:
      Great equipment, terrible peak hours.
      The classes are excellent; the locker room needs work.
      Good value if you go off-peak.
    wish: fix the broken machines | let us cancel online | add more class slots | clean the showers properly | cap peak-time memberships | improve the {feature}
    alt: the budget gym nearby | my old club | working out at home
    moment: at peak hours | in the January rush | in the locker room | during a class
    """#)
}
