/// Phrase banks for services people sign up to: banks, insurance, telecom, streaming.
extension DomainBank {
    static let bank = PhraseBank(name: "bank", source: #"""
    thing: transfer screen <clear, quick / confusing, slow> | card PIN <quick to arrive, easy to change / lost, blocked> | monthly statement <clear, accurate / confusing, wrong, late> | overdraft limit <generous, fair / cut, hidden> | savings pot <handy, easy to use / buggy, hidden> | payee list <tidy, easy to edit / wiped, cluttered> | fraud alert <instant, accurate / late, missing> | card reader <quick, reliable / dead, slow> | mobile cheque deposit <instant, reliable / rejected, slow> | direct debit <reliable, on time / late, missed, duplicated> | ATM receipt <clear, accurate / wrong, missing> | standing order <reliable, on time / late, missed> | interest rate <generous, competitive / stingy, misleading> | account number <quick to arrive, correct / wrong, delayed> | spending chart <clear, accurate / confusing, wrong> | login code <instant, reliable / late, expired> | cash withdrawal limit <generous, fair / low, hidden> | loan calculator <accurate, clear / misleading, broken> | branch appointment <on time, helpful / cancelled, late> | tax document <accurate, ready on time / wrong, late> | joint account invite <quick, simple / stuck, broken> | chat assistant <quick, helpful / useless, slow>
    scene_thing: {thing} | card freeze button <instant, easy to find / hidden, broken> | statement download <quick, accurate / broken, slow> | balance alert <timely, accurate / late, wrong> | contactless limit <sensible, clear / low, confusing> | overdraft warning <timely, clear / late, missing> | payee check <quick, reassuring / wrong, baffling> | card delivery <quick, secure / late, lost> | cheque book <quick to arrive, free / late, lost> | transaction search <quick, accurate / slow, useless>
    it: the bank | this bank | {@brand} | {@brand}
    brand: {brand_word} [Bank|Savings|Financial|Trust]
    noun: bank
    stint: I've banked with {it} for {#2-15} years | I opened a [checking|savings|joint] account with {it} {#2-11} months ago | I moved my salary to {it} last {month}
    month: January | March | April | June | September | October | November
    purpose: for [everyday spending|my small business|a mortgage|saving for a house] | to [get a better savings rate|escape monthly fees]
    persona: a [small business owner|student|retiree|freelancer paid in {#2-3} currencies|first-time home buyer] | someone who does all banking on [my|a] phone
    aspect: mobile app | customer service | branch | transfer speed | fee structure | savings rate | card replacement process | fraud team | online banking | ATM network | loan process | statement
    feature: instant transfers | card freeze toggle | spending insights | round-up savings | early salary access | virtual cards | cash-back offers | fee-free ATM withdrawals | joint account | biometric login
    staff: branch teller | relationship manager | fraud analyst | call centre agent | loan officer
    adj_good: secure | straightforward | fast | transparent | helpful
    adj_bad: slow | opaque | unhelpful | outdated | expensive
    good:
      Notifications for every card payment arrive within a second or two.
      The branch staff remembered me and sorted a {$2000-9000} transfer limit in minutes.
      Transfers to other banks arrive in [seconds|under a minute], even on weekends.
      When my card was skimmed, the fraud team blocked it and refunded {$80-600} within {#1-2} days.
      There are no monthly fees as long as I deposit {$500-1000} a month.
      Opening the account took {#8-15} minutes on my phone, including ID checks.
      The savings account pays {#3-4}.{#0-9}% with no hoops to jump through.
      A relationship manager named {first_name} walked me through the mortgage paperwork in one {#30-60}-minute call.
      A replacement card arrived in {#2-3} days.
    bad:
      A standing order failed without warning and I was charged a {$15-35} late fee by my landlord.
      The app showed a balance {$100-900} higher than my real one for {#2-3} days.
      My new card was sent to an old address even though I'd updated it {#2-6} months ago.
      The branch could only see me in {#2-3} weeks for a {#10}-minute signature.
      I waited {#45-120} minutes on hold to report a fraudulent charge.
      They charged a {$25-35} overdraft fee on a {$2-9} shortfall.
      My account was frozen for {#5-12} days "for review" with no explanation.
      The app logs me out every {#2-5} minutes and needs a code each time.
      An international transfer of {$300-2000} took {#5-9} business days and lost {$20-45} to fees.
      The branch in my town closed and the next one is {#15-40} miles away.
      My mortgage application took {#8-14} weeks and they asked for the same documents {#3} times.
    meh:
      The app is good; the phone support is not.
      Fees are reasonable, but the savings rate lags the online banks by about {#1-2}%.
      Fine for everyday banking, frustrating for anything unusual.
    wish: answer the phone faster | explain account freezes | cut the overdraft fee | speed up international transfers | keep the local branch open | add the {feature}
    alt: my old bank | the online-only banks | the credit union I used before
    moment: during a fraud scare | when I applied for a loan | at tax time | when I moved abroad
    """#)

    static let insurance = PhraseBank(name: "insurance", source: #"""
    thing: claim form <clear, short / confusing, endless> | policy schedule <clear, accurate / confusing, wrong> | excess amount <fair, clearly stated / steep, buried in small print> | renewal letter <clear, on time / late, confusing> | quote <fair, clear / inflated, confusing> | payout <fair, quick / stingy, delayed> | claim reference <quick to arrive, clear / lost, wrong> | courtesy car <clean, ready on time / filthy, late> | repair estimate <fair, detailed / inflated, vague> | document upload <quick, easy to use / broken, slow> | photo evidence page <simple, quick / broken, confusing> | call-back request <honoured, prompt / ignored, late> | direct debit <accurate, on time / wrong, duplicated> | cancellation form <simple, short / hidden, confusing> | cover summary <clear, thorough / vague, misleading> | no-claims certificate <quick to arrive, accurate / late, wrong> | adjuster report <fair, thorough / vague, inaccurate> | hire car <clean, ready on time / late, filthy> | repair garage <professional, quick / slow, sloppy> | helpline <quick, helpful / engaged for hours, useless> | welcome pack <clear, thorough / confusing, late> | online account <tidy, easy to use / broken, confusing>
    scene_thing: {thing} | policy number <quick to arrive, clear / wrong, lost> | claim portal <clear, quick / broken, slow> | phone menu <short, clear / endless, baffling> | settlement letter <clear, fair / vague, late> | repair schedule <realistic, clear / vague, slipping> | damage photo <accepted, clear / rejected, lost> | claim handler's email <clear, prompt / vague, late> | renewal reminder <timely, clear / late, misleading> | policy booklet <clear, thorough / baffling, dense> | accident form <simple, short / confusing, long>
    it: the insurer | this insurance company | the provider | {@brand} | {@brand}
    brand: {brand_word} [Insurance|Mutual|Assurance|Cover]
    noun: insurer
    stint: I've had [car|home|renters|pet] insurance with {it} for {#2-12} years | I filed a claim with {it} last {month} | I switched to {it} {#3-11} months ago
    month: January | February | April | May | July | August | October
    purpose: to cover [my car|our house|my rental flat|our dog] | for peace of mind [on the road|at home|with a new puppy]
    persona: a [first-time homeowner|new driver|pet owner|landlord with {#2-4} properties] | someone who reads the small print
    aspect: claims process | premium | customer service | policy document | renewal price | online portal | adjuster visit | payout | cancellation process | quote | deductible | coverage
    feature: online claims | roadside assistance | courtesy car | accident forgiveness | multi-policy discount | {#24}/7 claims line | no-claims bonus | photo-based estimate | monthly payment plan | legal cover
    staff: claims adjuster | agent | claims handler | underwriter
    adj_good: fair | quick | clear | responsive | reasonable
    adj_bad: slow | opaque | stingy | confusing | evasive
    good:
      My claim for {$800-5000} was approved in {#3-9} days.
      The adjuster came out within {#2-4} days and explained every line of the estimate.
      The online quote took {#5-10} minutes and matched the final premium exactly.
      Roadside assistance reached me in {#35-55} minutes on a dark motorway.
      My claims handler, {first_name}, called me back every time she said she would.
      The renewal price stayed within {$20-60} of last year's.
    bad:
      They asked for the same [photos|receipts|police report] {#3-4} times because files "didn't come through".
      The courtesy car was [a tiny hatchback|unavailable for {#4-9} days] despite my cover saying "like for like".
      My premium rose {$60-300} a year after I [moved house|added a driver] with no explanation of the maths.
      Their approved garage [kept my car for {#3-6} weeks|returned my car with a new scratch].
      My claim has been "in progress" for {#6-14} weeks.
      The renewal quote jumped {#25-70}% with no claims on my record.
      They denied the claim over a clause buried on page {#14-40} of the policy.
      I was transferred {#3-6} times and had to repeat my policy number every time.
      Cancelling required a phone call and a {$50-75} fee.
      The payout covered barely half of the {$1200-6000} repair.
    meh:
      The premium is competitive; the claims process is slow.
      Fine as long as you never need to claim.
      Customer service is polite but needs {#2-3} calls to get anything done.
    wish: settle claims faster | explain renewal increases | write policies in plain English | let us cancel online | give claimants one named contact | improve the {feature}
    alt: my previous insurer | the comparison-site options | the big-name insurers
    moment: at renewal | during my claim | after the storm | when I called to cancel
    """#)

    static let telecom = PhraseBank(name: "telecom", source: #"""
    thing: router <fast, stable / faulty, flaky> | signal bar <full, steady / flickering, empty> | monthly bill <clear, accurate / wrong, confusing, inflated> | SIM card <quick to arrive, working / dead, late> | data counter <accurate, clear / wrong, stuck> | roaming text <clear, timely / late, confusing> | contract summary <clear, honest / confusing, misleading> | engineer visit <on time, quick / late, cancelled> | hold music <short, bearable / endless, grating> | setup guide <clear, simple / confusing, outdated> | Wi-Fi extender <easy to set up, effective / flaky, useless> | phone line <clear, stable / crackly, dead> | fibre socket <neat, working / dead, loose> | speed test <impressive, consistent / disappointing, erratic> | outage map <accurate, up to date / wrong, out of date> | account portal <clear, quick / slow, confusing> | upgrade offer <generous, fair / stingy, misleading> | voicemail <reliable, easy to set up / broken, patchy> | port-in request <quick, smooth / stuck, delayed> | eSIM QR code <instant, working / broken, late> | usage alert <timely, accurate / late, wrong> | price plan <fair, clear / confusing, inflated>
    scene_thing: {thing} | contract end date <clear, honest / hidden, wrong> | installation slot <convenient, on time / missed, late> | billing email <clear, prompt / late, confusing> | fault ticket <prompt, clearly updated / ignored, closed unresolved> | mobile app <quick, reliable / slow, glitchy> | network status page <accurate, up to date / wrong, out of date> | hotspot <fast, reliable / flaky, slow> | top-up <instant, painless / delayed, lost> | data add-on <generous, good value / stingy, pricey> | credit note <prompt, fair / late, stingy>
    it: the provider | this carrier | the network | {@brand} | {@brand}
    brand: {brand_word} [Mobile|Telecom|Fibre|Connect]
    noun: provider
    stint: I've had my [phone plan|home broadband|fibre line] with {it} for {#2-9} years | I switched to {it} {#2-10} months ago | our family of {#3-5} has {#3-5} lines with {it}
    purpose: for [home internet|my phone plan|work from home|streaming and gaming] | to get [faster broadband|better coverage|cheaper roaming]
    persona: a [remote worker|gamer|family of {#4-5} heavy streamers|frequent traveller] | someone who lives in a rural area
    aspect: coverage | download speed | bill | customer service | installation | router | contract | roaming charge | outage update | upload speed | plan price | data allowance
    feature: unlimited data | 5G coverage | free roaming in Europe | Wi-Fi calling | mesh router | eSIM support | price lock | family plan | data rollover | fibre installation
    staff: technician | store rep | call centre agent | retentions agent
    adj_good: fast | stable | fair | reliable | straightforward
    adj_bad: patchy | slow | confusing | overpriced | unreliable
    good:
      I get {#400-900} Mbps down on the fibre line, close to what they promised.
      The technician installed everything in {#1-2} hours and tidied up the cables.
      Coverage is solid even {#20-60} miles out of town.
      My bill has been exactly {$30-70} a month for {#2-3} years with no surprises.
      Roaming in {#5-20} countries was included at no extra charge.
      When the line went down, they texted updates every [hour|two hours|three hours] and credited a day.
    bad:
      The router they sent was [second-hand|faulty] and the replacement took {#7-14} days.
      My number transfer failed and I had no service for {#2-5} days.
      Every call to support starts with {#15-40} minutes of hold music and an upgrade pitch.
      They charged me for a [premium channel|device insurance|an extra line] I never ordered.
      My bill jumped from {$40-60} to {$70-110} with no notice.
      The signal drops to nothing in my kitchen and on my {#15-30}-minute commute.
      Speeds are {#20-60} Mbps on a plan sold as {#300-500}.
      I waited {#2-4} weeks for an installation slot and the technician didn't show.
      Cancelling took {#3-5} calls and a retentions agent who wouldn't take no.
      I was charged {$40-150} in roaming fees for a trip that was meant to be covered.
      An outage lasted {#2-4} days and the credit was {$2-5}.
    meh:
      Fast when it works; it drops out a couple of times a week.
      Good coverage, confusing bills.
      The price is fair for the first year, then it climbs.
    wish: stop surprise price rises | fix coverage in [rural areas|my area] | make cancelling easy | send real outage updates | improve the {feature}
    alt: my old provider | the cable company | the other big carriers
    moment: during an outage | at renewal | on my last bill | while travelling abroad
    """#)

    static let streaming = PhraseBank(name: "streaming", source: #"""
    thing: home screen <tidy, well organised / cluttered, slow> | play button <responsive, instant / unresponsive, laggy> | subtitle track <accurate, well timed / out of sync, missing> | audio track <clear, well mixed / out of sync, muffled> | episode list <tidy, well organised / jumbled, incomplete> | continue-watching row <accurate, handy / wrong, cluttered> | download queue <quick, reliable / stuck, slow> | profile picker <quick, tidy / slow, glitchy> | search page <quick, accurate / slow, useless> | trailer autoplay <quiet, easy to turn off / loud, impossible to turn off> | skip intro button <handy, well timed / missing, late> | rating display <clear, accurate / confusing, wrong> | parental PIN <reliable, easy to set / buggy, ignored> | casting option <instant, reliable / flaky, broken> | watchlist <tidy, handy / wiped, cluttered> | TV remote app <responsive, handy / laggy, unresponsive> | picture quality <crisp, smooth / blurry, pixelated> | volume level <consistent, well balanced / uneven, too quiet> | buffering wheel <rare, brief / constant, endless> | recommendation row <spot on, varied / repetitive, random> | live guide <clear, accurate / slow, wrong> | episode thumbnail <accurate, spoiler-free / wrong, full of spoilers>
    scene_thing: {thing} | audio description track <clear, thorough / missing, out of sync> | next-episode countdown <handy, well timed / pushy, too quick> | kids' row <well chosen, safe / cluttered, random> | sleep timer <handy, reliable / broken, hidden> | download button <handy, quick / broken, hidden> | search box <quick, forgiving / slow, literal> | genre filter <accurate, handy / broken, useless> | resume point <accurate, reliable / wrong, lost> | account page <clear, tidy / confusing, slow> | sign-in screen <quick, simple / buggy, slow>
    it: the streaming service | this service | the platform | {@brand} | {@brand}
    brand: {brand_word}[+| Play| TV|Stream]
    noun: streaming service
    stint: I've subscribed to {it} for {#2-6} years | our household of {#2-5} has shared {it} since {#2018-2023} | I signed up {#2-8} weeks ago for one show
    purpose: for [documentaries|kids' shows|live sports|music|anime|new releases] | to watch [one series everyone was talking about|films on the commute]
    persona: a [film buff|parent of {#2-3}|sports fan|commuter who watches offline|music lover] | someone who subscribes to {#3-6} services at once
    aspect: catalogue | recommendation engine | streaming quality | app | price | search | download feature | subtitle quality | profile system | ad load | live sports coverage | smart TV app
    feature: offline downloads | 4K streaming | multiple profiles | parental controls | ad-free tier | watch party mode | Dolby Atmos audio | skip intro button | sleep timer | lossless audio
    staff: support agent | account specialist
    adj_good: huge | smooth | crisp | well curated | intuitive
    adj_bad: thin | buggy | overpriced | cluttered | laggy
    good:
      Family profiles keep {#3-5} people's recommendations apart, and the kids' profile is properly locked down.
      The {feature} works exactly as advertised, even on a {#5-8}-year-old smart TV.
      Streams start in [a second or two|under {#2-3} seconds] and hold 4K on my {#50-200} Mbps connection.
      The catalogue added {#10-40} titles I wanted this month alone.
      Downloads worked flawlessly on a {#8-12}-hour flight.
      Subtitles are accurate and available in {#10-30} languages.
      {#4-5} profiles means everyone's recommendations stay separate.
      The recommendation engine surfaced a [Korean drama|documentary|jazz album] I now love.
    bad:
      The {thing} [froze|stuttered|went blank] {#2-6} times during a single [episode|match|film].
      My [kids'|partner's|guest] profile kept [switching back to mine|losing its watchlist|showing adult titles].
      Live sport lags about {#30-90} seconds behind, so my phone spoils every goal.
      They [removed|dropped] [offline downloads|the 4K option|family sharing] from my plan without a discount.
      Cancelling took {#4-7} screens of "are you sure?" offers before the button appeared.
      The price went up {$2-5} a month for the third time in {#2-3} years.
      Streams drop to blurry standard definition every {#10-20} minutes.
      The smart TV app takes {#15-40} seconds to load and crashes weekly.
      Half the shows I added to my list left the catalogue within {#2-6} months.
      The "basic with ads" plan shows {#3-5} minutes of ads per episode.
      Search can't find titles unless you spell them exactly right.
      Downloads expire after {#48-72} hours, even mid-trip.
    meh:
      Good originals, thin back catalogue.
      Great on the phone app, sluggish on the TV.
      Worth it for {#1-2} shows a year, which is the problem.
    wish: stop raising prices | keep shows in the catalogue longer | fix the TV app | improve search | make {feature} standard
    alt: the other streaming services | cable TV | buying the shows outright
    moment: on a long flight | during a live match | on my smart TV | after the last price rise
    """#)
}
