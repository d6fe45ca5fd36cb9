/// The shared review grammar: openers, generic praise and complaints,
/// contrasts, verdicts and titles. Domain banks supply what the product has
/// (`it`, `noun`, `aspect`, `feature`, `staff`, `stint`, `persona`, `good`,
/// `bad`, `meh`, `wish`, `alt`, `moment`) and may specialise any symbol here.
package enum ReviewBank {
    package static let shared = PhraseBank(name: "review", source: source)

    private static let source = #"""
    # ---- openers ----
    opener.positive.casual:
      [Color me|Call me] impressed: {it} [nails|gets right] [the basics and then some|almost everything I care about].
      [Five minutes in|Within a day|By the end of the first week] I knew {it} was [a good pick|the right call|worth it].
      [No regrets|Zero regrets] [going with|choosing|switching to] {it}[, none|].
      I'm [usually a tough critic|hard to please|picky about this stuff], and {it} [still won me over|impressed me anyway].
      [Honestly,|Okay, so] I [love|really like|can't say enough good things about] {it}.
      [Wow,|Seriously,] {it} [blew me away|exceeded what I expected|turned out way better than I thought].
      [Really|Super] happy I [went with|gave a chance to|tried] {it}[ after all|].
      Didn't expect much from {it}, but [it won me over|I was pleasantly surprised|it delivered].
      [Quick review:|Short version:] {it} is [great|excellent|a keeper].
    opener.positive.formal:
      {it} has [proved|turned out] to be [an excellent|a very sound|a thoroughly good] choice.
      Having [compared several options|tried a number of alternatives|done my research], I [settled on|chose] {it} and [do not regret it|remain glad I did].
      It is [rare|uncommon] to find [a service|a product|an operation] as [well run|consistently good] as {it}.
      I am [very|thoroughly|genuinely] [satisfied|pleased] with {it}.
      {it} [exceeded|comfortably exceeded] my expectations[ in most respects|].
      I would like to [commend|recognise] the team behind {it}.
      My experience with {it} has been [consistently|overwhelmingly] positive.
      I [approached|came to] {it} with modest expectations and [was impressed|came away impressed].
    opener.neutral.casual:
      {it} is [alright|okay-ish|a bit of a coin flip], [depending on the day|if I'm honest].
      [Some days|Half the time] I love {it}, [other days|the rest of the time] I [want to scream|wonder why I bother].
      [Decent enough|Not terrible], but {it} [hasn't wowed me|has a few rough edges I can't ignore].
      [Mixed feelings|Kind of torn] about {it}, [to be honest|honestly|if I'm being fair].
      {it} is [fine|okay|decent], [just not amazing|nothing special|but it has quirks].
      Some things about {it} are great, [others not so much|others drive me nuts|others need work].
      [Not bad, not great|Solidly middle of the road|Fine, with caveats]: that's {it} in a nutshell.
    opener.neutral.formal:
      {it} [meets|largely meets] [my basic needs|the essentials] without [standing out|going further].
      I [would describe|rate] my experience with {it} as [satisfactory|average], [neither poor nor memorable|no better, no worse].
      My experience with {it} has been [mixed|uneven|a mixed one].
      {it} [does several things well|gets the basics right] but [falls short in others|has clear weaknesses].
      Overall, {it} is [adequate|serviceable|acceptable], [though not exceptional|with some caveats].
      I have [reservations|mixed views] about {it}[, despite its strengths|].
    opener.negative.casual:
      [Rough|Bad|Miserable] [experience|time|few weeks] with {it}, [not gonna lie|honestly|sadly].
      [I gave|We gave] {it} [a fair shot|a real chance|{#2-4} chances], and [it blew it|it failed every time|nope].
      [Big|Huge] [letdown|disappointment], [honestly|sadly]: {it} [was not what I signed up for|fell flat].
      [So|Really] [done|over it] with {it}[ after this|, for real].
      [I'm|Honestly, I'm] [kicking myself|annoyed at myself] for [choosing|trusting] {it}.
      [Really|Pretty] disappointed with {it}[, honestly|].
      [Ugh,|Where to start:] {it} [let me down|was a letdown|has been a headache].
      I wanted to like {it}, [I really did|but it made that hard|but nope].
      [Save yourself the trouble:|Not worth it:] {it} [is a mess right now|has gone downhill|just doesn't deliver].
      [Frustrating|Annoying] experience with {it} [from start to finish|almost every time|lately].
    opener.negative.formal:
      I [must|feel I must] [report|register] [serious|several] [shortcomings|failings] in my dealings with {it}.
      Despite [high hopes|good reviews elsewhere|a strong recommendation], {it} [proved|turned out to be] a [poor|costly|frustrating] choice.
      I [regret|deeply regret] [choosing|relying on] {it}[, and I want others to know why|].
      {it} [failed to deliver|did not deliver] on [basic|several] promises[ it makes|].
      I am writing to [record|document] a [disappointing|frustrating] experience with {it}.
      I am [disappointed|dissatisfied] with {it}[ and feel obliged to share why|].
      Regrettably, {it} [did not meet|fell well short of] my expectations.
      My experience with {it} has been [poor|unsatisfactory|well below the standard I expected].
      I [cannot|can't] recommend {it} in its current state.

    # ---- context ----
    context:
      {context_span}
      {companion_cap} [recommended|suggested] {it}, [which is why I tried it|so I gave it a go].
      {stint}.
      {stint}, {reason_tail}.
      I [came across|found|heard about] {it} [through|via] [a friend's recommendation|a colleague|an online forum thread|a review site|an ad, of all things].
      [For context|Some background|A bit about me]: I'm {persona}[, so I [notice|care about] [the details|reliability|value for money]|].
    # how long the reviewer has known the product: weeks of use for what is used from home, visits for a place
    context_span.remote: [For|Across|Over the course of] {#2-9} [weeks|months], I [put {it} through its paces|used {it} in everyday situations|relied on {it} for all sorts of things].
    context_span.place: This was my {ordinal} time with {it}, [so I had something to compare with|so I knew what to expect|and I noticed what had changed].
    reason_tail: [mostly|mainly] {purpose} | [largely|primarily] {purpose}
    stint_short: [about|roughly|almost] {#2-11} weeks with {it} | [a little over|nearly] {#2-18} months of regular use | my {ordinal} [time|visit|go] with {it}
    ordinal: second | third | fourth | fifth | sixth | tenth

    # ---- generic praise, complaint, neutral lines ----
    praise:
      The {aspect} is [genuinely|really|consistently|remarkably] {aspect_good}.
      What [stood out most|impressed me most|I appreciated most] was the {aspect}.
      [Credit where it's due:|Special mention for] the {aspect}[, which is {aspect_good}|].
      [Honestly, I'd pay for|It's worth it for|I'd keep it for] the {feature} alone.
      A {staff} named {first_name} [went out of their way to help|sorted everything out in {#2-15} minutes|was [patient|friendly|knowledgeable] and [quick|clear]].
      [Even|Also,] the {aspect} [held up well|was better than expected|was {aspect_good}].
      I [rarely|almost never] [have|had] to think about the {aspect}, [which is the point|and that's high praise].
      [Both|Between] the {aspect} and the {feature}, [it covers everything I need|I have no complaints].
    complaint:
      The {aspect} [is|was|felt] [frankly|honestly|consistently|surprisingly] {aspect_bad}.
      [My biggest|The main|One real] [gripe|complaint|frustration] is the {aspect}.
      I [can't rely on|gave up on|stopped using] the {feature}, which [failed|broke] {#2-5} times {moment}.
      A {staff} [told me|promised] [it would be fixed|someone would follow up|it was being looked into], and [nothing happened|I'm still waiting|that was {#2-9} days ago].
      The {aspect} [needs|badly needs|could use] [serious|a lot of|real] work.
      [I lost|It cost me] [about|nearly|over] {#20-90} minutes [because of|thanks to|dealing with] the {aspect}.
      [Nobody|Not one {staff}] [seemed to know|could explain] why the {aspect} [was so {aspect_bad}|kept failing].
    neutral:
      The {aspect} is [fine|okay|adequate], [nothing more|but nothing special|if a little {aspect_bad}].
      I use the {feature} [now and then|most weeks], [though it's not always reliable|with the odd hiccup].
      [I'm on the fence about|I go back and forth on] the {aspect}.
      The {aspect} [could be better|is hit or miss|depends on the day].

    praise_more:
      [When|After] I [asked about|mentioned] the {aspect}, the {staff} [sorted it out|explained everything|went above and beyond] {when}.
      The {aspect} [went from|got even better than] [good|solid] to {aspect_good} [in about|within] {#2-6} [weeks|months].
      [For|At] [the price|what it costs], the {aspect} is [better than it has any right to be|a pleasant surprise|more than I expected].
      [My|Our] {ordinal} [visit|week|month] [confirmed|only reinforced] how {aspect_good} the {aspect} is.
      [Honestly|Frankly|Truly], the {aspect} is {very} {aspect_good}[, {aside_good}|].
      I [was|came away] {very} [impressed by|happy with|pleased with] the {aspect}[ and the {aspect}|].
      The {staff}s [were|are] {very} [friendly|helpful|responsive|professional|on the ball][, especially {first_name}|].
      Ask for {first_name}, the {staff}: [patient|sharp|kind|unflappable], [quick|thorough|organised] and [genuinely helpful|clearly good at the job].
      The {aspect} [alone|by itself] [puts it ahead of|beats] {alt}.
      No complaints about the {aspect} [at all|whatsoever] after {#2-11} [weeks|months|visits|tries].
      [Small thing, but the|Even the] {aspect} [felt|was] {very} {aspect_good}.
      I [keep recommending|have recommended] {it} to [{#2-6} friends|my colleagues|my family] [because of|for] the {aspect}.
      The {feature} [saved me|spared me] [a lot of hassle|real time|at least {#1-3} hours] {moment}.
    complaint_more:
      [When|After] I [raised|mentioned|flagged] the {aspect}, the {staff} [shrugged it off|blamed the system|said it was "normal"], {when}.
      [Twice|Three times|Four times] {when_plural}, the {aspect} [failed me|let us down|was simply {aspect_bad}].
      The {aspect} [went from|slipped from] [decent|acceptable|fine] to {aspect_bad} [in about|within] {#2-6} [weeks|months].
      Paying [these prices|this price] for [this|a] {aspect_bad} {aspect} [feels like a joke|is hard to swallow|stings].
      [Every|Each] {any_day_singular} [brings|seems to bring] a new [problem|surprise] with the {aspect}.
      The {staff} [I dealt with|on duty] [seemed|was] [more interested in|busier with] [their phone|closing the ticket|the next customer] than [my problem|the {aspect}].
      [My|Our] [log|diary|spreadsheet] [shows|says] {#3-9} separate [issues|failures|complaints] with the {aspect} [so far|in total|since {any_month}].
      [I've|We've] [had to|been forced to] [chase a fix for|follow up about] the {aspect} [by email|by phone|in person] {#2-5} times now.
      [Honestly|Frankly|Seriously], the {aspect} is {very} {aspect_bad}[, {aside_bad}|].
      I was {very} [let down by|fed up with|unimpressed by] the {aspect}[ and the {aspect}|].
      The {staff}s [seemed|were] [overwhelmed|indifferent|poorly trained|impossible to reach] {moment}.
      [I asked|We asked] a {staff} about the {aspect} {#2-4} times and got a different answer each time.
      Even {alt} [handles|handled] the {aspect} better.
      [It took|I needed] {#2-6} [attempts|calls|emails|tries] to sort out the {aspect} {moment}.
      [Small thing, but the|Even the] {aspect} [felt|was] {very} {aspect_bad}.
      The {feature} [let me down|failed me|stopped working] {moment}[, {aside_bad}|].
    very: really | genuinely | remarkably | consistently | surprisingly | seriously | properly | impressively | truly | incredibly | notably | exceptionally
    brand_word: Harbour | Linden | Granite | Meridian | Juniper | Aurora | Bluebird | Copper | Northwind | Saffron | Willow | Summit | Cedar | Lumen | Orbit | Maple | Tidewater | Falcon | Ember | Riverside | Silverline | Brightwater | Oakridge | Kestrel | Nimbus | Beacon | Fernhill | Halcyon | Ironwood | Jasper | Larkspur | Marlow | Nova | Pinecrest | Quill | Redwood | Sable | Thistle | Upland | Vantage | Wren | Zephyr | Acorn | Bramble | Coral | Driftwood | Elmstead | Foxglove | Goldcrest | Hawthorn | Indigo | Kingfisher | Lantern | Mosaic | Oakmont | Parkside | Quarry | Rosewood | Sterling | Trellis
    aside_good: which I did not expect | which is rarer than it should be | and that matters to me | which says a lot | and it shows | to my surprise | which made a real difference | which I did not take for granted
    aside_bad: which still annoys me | and nobody apologised | which is not acceptable at this price | and that was the last straw | which is hard to excuse | and I'm not the only one | which nobody warned me about

    # ---- lead-ins before a detail (the detail's first letter is lowered) ----
    lead:
      On my {ordinal} [day|week],
      [Early on|From day one|Right away|Within the first {#2-6} days],
      [Last|This past] {any_day},
      [For example|Case in point|To give one example|As an example],
      {lead_span}
      [More than once|Twice now|On {#2-5} separate occasions],
      [Most recently|Just yesterday|Only last week|A few days ago],
      [In {any_month}|Back in {any_month}|Over the {any_season}],
    lead_span.remote: [Around|About|Roughly] {#2-9} [weeks|months] in,
    lead_span.place: On [my|our] [first|second|last] [morning|evening|day],
    when: [last|this past] {any_day_singular} | on {any_month} {#2-28} | [early|late] in {any_month} | during [my|our] {ordinal} [week|visit|month] | [just|only] {#2-6} days ago
    when_plural: [this|last] month | since {any_month} | in the past {#3-9} weeks | over the [summer|winter|holidays]
    when_short: on a {any_day_singular} | [last|this past] {any_day_singular} | one {any_day_singular}
    any_day_singular: Monday | Tuesday | Wednesday | Thursday | Friday | Saturday | Sunday
    any_day: Monday | Tuesday | Wednesday | Thursday | Friday | Saturday | Sunday | weekend
    any_month: January | February | March | April | May | June | July | August | September | October | November | December
    any_season: summer | winter | spring | autumn | holidays

    praise_thing:
      [On arrival|From the start|Within an hour], the {thing} was {thing_good}[, and the {thing} was {thing_good} too|].
      The {thing} was {thing_good}[, {aside_good}|].
      Even the {thing} was {thing_good}.
      [Nice touch:|Loved that] the {thing} [was|felt] {thing_good}.
      [I|We] [liked|appreciated|noticed] that the {thing} was {thing_good} [from day one|every single time|on every visit|{moment}].
      The {thing} was {thing_good}, and the {thing} was {thing_good} too.
      A {staff} [sorted out|fixed|replaced] the {thing} within {#5-40} minutes[ of my asking|, no questions asked|].
      [Small details|The details] count: the {thing} [was|felt] {thing_good}, and the {thing} was {thing_good}.
      After {#2-11} [weeks|months|visits], the {thing} is still {thing_good}.
    complaint_thing:
      [On arrival|From the start|Within an hour], the {thing} was {thing_bad}[, and the {thing} was {thing_bad} too|].
      A {staff} [promised|swore] the {thing} would be [fixed|replaced|sorted] [by {any_day_singular}|within the hour|that day]; it [wasn't|never was].
      [Photos of|Evidence of] the {thing}, which was {thing_bad}, [went to|were sent to] [support|the manager|customer care] {#2-4} days ago, [still no reply|with no answer yet].
      [I'd|We'd] [expect better|expect more] than a {thing} that was {thing_bad}, [at these prices|for what we paid].
      The {thing} was {thing_bad}[, {aside_bad}|].
      [I|We] [found|noticed|discovered] the {thing} was {thing_bad} {moment}.
      The {thing} was {thing_bad}, and the {thing} was {thing_bad} too.
      [I|We] reported that the {thing} was {thing_bad}; [nothing happened|nobody followed up] for {#2-6} days.
      [Nobody|Not one {staff}] [seemed to care|did anything about it] when I [said|pointed out] that the {thing} was {thing_bad}.
      By [day|week|visit] {#2-5}, the {thing} was {thing_bad}.
      It took {#2-5} [requests|calls|emails] before anyone looked at the {thing}, which was {thing_bad}.
    neutral_thing:
      The {thing} was {thing_good}; the {thing}, less so: {thing_bad}.
      [Mostly fine, though|Fine overall, but] the {thing} was {thing_bad}.
      The {thing} was {thing_good}, which made up for the {thing}[ being {thing_bad}|].

    incident.positive:
      [My|Our] {ordinal} [visit|try|week] was [the best yet|flawless|a joy], [mostly|largely] thanks to the {aspect}.
      On {any_month} {#2-28}, [I|we] [needed|asked for] help with the {thing}, and a {staff} [fixed it|sorted it] in {#2-15} minutes.
      [At|Around] {#1-11}:{#0-5}{#0-9} [am|pm] on a {any_day}, I needed the {aspect}, and it [worked first time|was {aspect_good}].
      On {any_month} {#2-28}, [a|one] {staff} [stayed late|went the extra mile|skipped their break] to [help me|sort out my {thing}].
    incident.negative:
      [Around|At] {#1-11}:{#0-5}{#0-9} [am|pm] {when_short}, the {thing} was {thing_bad} and the only {staff} around [had no idea what to do|told me to come back later].
      [My|Our] {ordinal} [visit|attempt|try] ended with the {aspect} {aspect_bad} and [me|us] [leaving|giving up] {#20-50} minutes later.
      On {any_month} {#2-28}, [I|we] [spent|lost|wasted] {#1-4} hours [on|because of] the {aspect}, which [nobody|no {staff}] [could explain|took responsibility for].
      [At|Around] {#1-11}:{#0-5}{#0-9} [am|pm] on a {any_day}, the {aspect} [failed|let me down] and no {staff} [was available|answered].
      On {any_month} {#2-28}, the {thing} was {thing_bad}, and it [still is|stayed that way for {#2-9} days].
    incident.neutral:
      On {any_month} {#2-28}, the {aspect} was {aspect_good}; a week later it was {aspect_bad}.

    # ---- joins ----
    contrast: That said, | On the other hand, | Still, | Having said that, | In fairness, | To be fair, | On the downside, | The catch:
    also: Also, | On top of that, | Plus, | Beyond that, | And | Another thing:
    # judgements that fit any aspect ("the minibar was disappointing"), unlike a domain's own
    # adjectives ("understaffed" fits the front desk, not the minibar)
    aspect_good: excellent | superb | first-rate | outstanding | impressive | very good | top-notch | exceptional | terrific | first-class | faultless | great
    aspect_bad: disappointing | poor | subpar | mediocre | shoddy | substandard | lacklustre | underwhelming | second-rate | sloppy | frustrating | dire
    minor: [My only|One small|The one] [gripe|quibble|complaint] is that | [If I'm nitpicking,|Minor point:] | [It's not perfect, though:|Not everything is perfect:]
    saving: [The one bright spot|The only saving grace] [was|is] that | [To be fair,|In fairness,] | [I'll give them this:|Credit where due:]

    # ---- wishes ----
    wish_line:
      I'd [happily|gladly] give it five stars if they [would|could] {wish}.
      [Please|Team, please] {wish}.
      [It would help a lot|It would make a huge difference] if they would {wish}.
      [My wish list is short:|All I'm asking is for them to] {wish}.
      [Ideally|Next], they should {wish}.

    # ---- verdicts ----
    verdict.positive.casual:
      [I'd|I would] [happily|gladly] [pay more|pay double|stick around] for {it}{bang}
      [Easy|Simple] [recommendation|choice] from me{bang}
      [Definitely|Absolutely] recommend[ it|]{bang}
      [Would|Will] [use|come back to|pick] {it} again[ in a heartbeat|, no question]{bang}
      {rating_stars}, and I don't give those out lightly.
      [Ten out of ten, would recommend|Worth every penny]{bang}
      If you're on the fence, [just try it|go for it]{bang}
    verdict.positive.formal:
      I [would|can] [recommend|wholeheartedly recommend] {it} [to anyone in a similar position|without hesitation].
      Overall, {it} [represents|offers] [excellent|very good] value, and I will [continue to use|return to] it.
      I [look forward to returning to|fully expect to return to|will happily go back to] {it}[ next time|].
      {rating_stars}, [well deserved|and deservedly so].
    verdict.neutral.casual:
      [Going back|Recommending it] is a [maybe|possibility], [if nothing better turns up|with caveats].
      [It's|It's honestly] fine for [now|what it is], but I'm [keeping an eye on alternatives|not in love].
      [Three stars feels right|Middle of the road it is]: [decent, not great|it does the job, no more].
      [I'd use|I'll stick with] {it} [for now|until something better comes along], [I guess|probably].
    verdict.neutral.formal:
      {it} is [adequate|a reasonable choice], but [there is room for improvement|it has not earned my loyalty yet].
      I would recommend {it} [with reservations|only for certain needs|if expectations are modest].
      On balance, [three stars|an average rating] [reflects|captures] my experience [fairly|accurately].
    verdict.negative.casual:
      [Honestly|Seriously|Look], [spend your money|go] [elsewhere|somewhere that cares]{bang}
      [Would not|Won't] [recommend|go back|bother again], [full stop|period|end of story]{bang}
      [Learn from my mistake|Don't make my mistake] and [look elsewhere|go with something else]{bang}
      [Deleted|Done and dusted|Cancelled], [and I'm not looking back|never again]{bang}
      [Not coming back|I'm done with it|Switching as soon as I can]{bang}
      [Avoid|Skip it] unless they [fix|sort out] the {aspect}.
      {rating_stars}, and that's [being generous|me being kind].
      [Total waste of|Not worth] [my time|the money]{bang}
    verdict.negative.formal:
      [Until|Unless] the {aspect} [improves|is addressed], I [would advise|advise] others to [look elsewhere|consider alternatives].
      [This|My] [experience|review] [should|may] [serve as a warning|help others decide]; I [will be|am] [taking my business elsewhere|moving to a competitor].
      I [will not|do not intend to] [use|return to] {it} [again|unless these issues are resolved].
      I [cannot|would not] recommend {it} [to others|at this time].
      I hope the team [takes this feedback seriously|addresses these problems], but for now {rating_stars} [is generous|is all I can give].
    bang: . | ! | .

    # ---- titles ----
    title.positive:
      [Great|Excellent|Fantastic|Really good|Impressive] {noun}[, {aspect_good} {title_good}|]
      [Love|Loving] the {title_good}
      [Excellent|Superb|First-rate|Great|Outstanding] {title_good}[, every time|, no question|]
      [Worth it|Worth every penny] for the {title_good} alone
      [Finally|At last], {noun_article} that [just works|gets it right]
      {rating_stars} for the {title_good}
      [Best|Nicest] {title_good} I've [seen|had] [in years|in a while]
      [Exceeded|Beat] my expectations[ on the {title_good}|]
    title.neutral:
      [Good|Decent|Nice] {title_good}, [mediocre|disappointing|clunky] {title_bad}
      [Okay|Fine|Average] {noun}, [some rough edges|not without flaws]
      [Mixed bag|Hit and miss|Room to improve][: {title_bad}|]
      [Decent,|Solid enough,] but [let down by|held back by] the {title_bad}
      [Three stars|Middle of the road] for the {title_bad}
      [Pros and cons|Some good, some bad] [with this {noun}|]
    title.negative:
      [Disappointing|Frustrating|Poor|Terrible] {title_bad}
      [Avoid|Skip] [this {noun}|it][ if you care about the {title_bad}|]
      [Let down by|Ruined by] the {title_bad}
      [Please fix|Problems with|Fix] the {title_bad}
      [Fed up with|Nothing but trouble with] the {title_bad}
      [Not worth the money|Waste of money]
      [Went downhill|Getting worse] [fast|every month]
      [Still waiting for a fix to|Nobody fixes] the {title_bad}
    # what a title names: the aspects the text praised and faulted when the composer knows them
    # (remembered before the title is drawn), else an aspect of the product
    title_good: {aspect}
    title_bad: {aspect}
    noun_article: a {noun}

    adj_good: excellent | reliable | well thought out | impressive | polished | first-rate | thoughtful | a cut above | consistently good
    adj_bad: unreliable | frustrating | disappointing | poorly thought out | inconsistent | sloppy | below par | a mess

    first_name: Maria | James | Priya | Tom | Aisha | Daniel | Mei | Carlos | Fatima | Liam | Sofia | Noah | Hana | Omar | Grace | Lucas | Elena | Kwame | Ines | Ravi | Chloe | Mateo | Yuki | Ben | Nadia
    """#
}

extension ReviewBank {
    static let comparisons = PhraseBank(name: "review.compare", source: #"""
    compare.positive:
      Compared to {alt}, it's [miles ahead|a clear step up|far less hassle].
      I [switched from|moved over from] {alt}, and [I don't miss it|it's not even close].
      It [beats|outclasses] {alt} on [almost everything|every point that matters to me].
    compare.neutral:
      It's [roughly on par with|a little better than|not much different from] {alt}.
      [Next to|Against] {alt}, it [wins on some things and loses on others|comes out about even].
    compare.negative:
      [Honestly,|Frankly,] {alt} [was|is] [better|less frustrating] in [almost every way|every way that matters].
      I'm [going back to|seriously considering] {alt}.
      Even {alt} [handled this better|was less of a headache].
    """#)
}
