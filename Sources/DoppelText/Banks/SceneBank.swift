/// Scenes: sentences about one moment of the reviewer's experience, built from parts.
///
/// A scene joins who the reviewer is and why they came (`sc_reason`, the domain's
/// `purpose`), the state they were in (`sc_state`), when it happened (`sc_when`),
/// and what they met there (the domain's `scene_thing`, `staff`, `feature`, `aspect`,
/// `alt`), so its words change with the product type and between texts, as the
/// small stories in real reviews do. The reviewer's companion and occupation are
/// remembered (`{@…}`), so one text keeps one of each. Variants: `.place` for
/// products visited in person (hotel, restaurant …), `.remote` for the rest.
enum SceneBank {
    static let shared = PhraseBank(name: "scene", source: #"""
    scene.positive:
      I [came to|turned to] {it} {sc_state}, and [it made everything easy|it took the stress out of the day|it was exactly what I needed].
      {sc_when}, the {scene_thing} was {scene_thing_good}, [which [I appreciated|helped], as I was {sc_flustered}|and that set the tone for the rest of my {@visit}].
      {@companion}, who is [fussy|hard to please|not easily impressed|a {occupation}], [loved|was won over by|could not fault] the {aspect}.
      As a {@occupation}, I [notice|look closely at|care about] the {aspect}, and [it was|I found it] {aspect_good}.
      I [picked|chose|went with] {it} {sc_reason}, and [it paid off|I'm glad I did|it was the right call|it turned out to be a great decision].
      We [tried|used] the {feature} {sc_when}, which [worked perfectly|was a real help|saved us a lot of hassle].
      {first}, the {staff}, [noticed|could tell] I was {sc_flustered} and [sorted everything out|made it easy|went out of their way to help].
      Little things [stood out|added up]: the {scene_thing} was {scene_thing_good}, and the {scene_thing} was {scene_thing_good} too.
      Coming from {alt}, the [difference|change] in the {aspect} was [obvious|striking|a welcome surprise].
      By the [end|second week|third time] I [trusted|relied on] the {aspect} completely, which [is rare for me|says a lot].
      I [mentioned|let slip] that I was {sc_flustered}, and the {staff} [was patient|was kind about it|made time for me anyway].
      [Even|Somehow even] {sc_hard}, I [enjoyed|was happy with] my {@visit}[, which says a lot|, and that is no small thing|].
      {@companion} [kept saying|said more than once] how [good|lovely|pleasant] the {aspect} was, and I [agree|couldn't argue].
      When the {scene_thing} [played up|gave trouble] {sc_when}, {first} [sorted it|had it fixed|found a way round it] [within minutes|before I had finished explaining|with a smile].
      {sc_when}, when I was {sc_flustered}, the {aspect} [helped|made things easier|saved the day].
      [I had|We had] [low expectations|braced ourselves], {sc_reason_short}, and the {aspect} [proved us wrong|won us round|was a lovely surprise].
      {@companion} is [a {occupation}|hard to impress|picky about these things], and still [praised|singled out] the {aspect}.
      Without being asked, the {staff} [checked on us|followed up|made sure we were happy] {sc_when}, which [was thoughtful|I appreciated].
      The {feature} [turned|made] what could have been a [stressful|long|fiddly] [day|evening|afternoon] into an easy one.
    scene.negative:
      I [came to|turned to] {it} {sc_state}, and [it made a bad day worse|it only added to the stress|I came away angrier than I started].
      {sc_when}, the {scene_thing} was {scene_thing_bad}, [and nobody [cared|did a thing about it]|which was the last thing I needed when I was {sc_flustered}].
      {@companion}, who is [patient|easy-going|hard to rattle|a {occupation}], [was appalled by|could not believe|was furious about] the {aspect}.
      As a {@occupation}, I [notice|look closely at|care about] the {aspect}, and [it was|I found it] [frankly|honestly|plainly] {aspect_bad}.
      I [picked|chose|went with] {it} {sc_reason}, and [I regret it|it backfired|that was a mistake|it was the wrong call].
      We [tried|used] the {feature} {sc_when}, which [failed|let us down|did not work], [of course|predictably|as usual].
      {first}, the {staff}, [could see|knew] I was {sc_flustered} and [still did nothing|sent me away anyway|was rude about it].
      Little things [went wrong|added up]: the {scene_thing} was {scene_thing_bad}, and the {scene_thing} was {scene_thing_bad} too.
      Coming from {alt}, the {aspect} was a [shock|real step down|bitter disappointment].
      By the [end|second week|third time] I had given up on the {aspect}, which [is a shame|should never happen|is poor].
      I [mentioned|explained] that I was {sc_flustered}, and the {staff} [did not care|could not have been less interested|made it worse].
      [Even|Somehow even] on a good day, the {aspect} [would have annoyed me|would have been a problem]; {sc_state}, it was [miserable|awful|the last straw].
      {@companion} [kept asking|asked more than once] why we had [chosen|picked] {it}, and I had no good answer.
      When the {scene_thing} [played up|gave trouble] {sc_when}, {first} [shrugged|told me to wait|promised to look into it] and [nothing happened|that was the end of it|never came back to me].
      {sc_when}, when I was {sc_flustered}, the {aspect} [made it so much worse|was the last straw|left me fuming].
      [I had|We had] [decent hopes|high hopes], {sc_reason_short}, and the {aspect} [dashed them|was a let-down|ruined them] [within the hour|on day one|straight away].
      {@companion} is [a {occupation}|the most patient person I know|hard to annoy], and still [got angry about|complained about] the {aspect}.
      Nobody from the {staff_team} [checked on us|followed up|bothered to ask] {sc_when}, [even though|although] [we had complained twice|the problem was obvious].
      The {feature} [turned|made] a [simple|short|routine] [task|visit|job] into a [stressful|miserable|wasted] [afternoon|evening|morning].
    scene.neutral:
      I [came to|turned to] {it} {sc_state}, and [it did the job|it was fine|it got me through], [no more|without impressing me].
      {sc_when}, the {scene_thing} was {scene_thing_good}, but the {scene_thing} was {scene_thing_bad}.
      {@companion} liked the {aspect} more than I did; I found it [fine|adequate|okay], no more.
      I [picked|chose|went with] {it} {sc_reason}, and it was [okay|fine|acceptable], [if not memorable|nothing more].
      We [tried|used] the {feature} {sc_when}, which worked, [eventually|after a second try|more or less].
      Coming from {alt}, the {aspect} felt [about the same|neither better nor worse|much the same].
      {sc_when}, the {staff} was [helpful|pleasant enough], though the {aspect} [let things down|was hit and miss].
      {@companion} [liked|was happy with] the {feature}; I [could take it or leave it|found it fiddly|never got used to it].
      [I had|We had] [modest|average] expectations, {sc_reason_short}, and they were [met|roughly met], no more.

    sc_context:
      I'm a {@occupation} from {city}, and I [chose|picked|went with] {it} {sc_reason}.
      {@companion} and I [tried|chose|went with] {it} {sc_reason_plain}, {sc_when}.
      I first [tried|came to] {it} {sc_when}, {sc_state}.
      I [found|came across] {it} {sc_reason}, [and gave it a go|and decided to try it|so I tried it].
      [A bit about me|For context|Some background]: I work as a {@occupation} in {city}, [and my time is tight|so I notice the details|and I value things that just work].
    sc_when: on a {any_day_singular} [morning|afternoon|evening] | [early|late] one {any_day_singular} [morning|evening] | [just|right] before [lunch|dinner|a meeting|the school run] | {sc_when_here} | [late at night|first thing in the morning|around lunchtime] | [in|during] the [week before|week after] {any_month_holiday} | [halfway through|at the tail end of|early in] [the week|the month|a long week] | [just after|right after] [payday|a long weekend|the clocks went back]
    # the weather is felt where one goes (a hotel, a gym), not in software used from anywhere
    sc_when_here: [during|in the middle of] a [busy|quiet] [week|weekend|afternoon]
    # (a stay's first or third evening is a place's: nobody has a third evening at an insurer)
    sc_when_here.place: [during|in the middle of] a [heatwave|cold snap|storm|bank holiday weekend] | [one|on a] [rainy|wet|freezing|sweltering] [afternoon|evening|morning] | on the [first|second|last] [evening|morning|day] | on [my|our] [first|second|third|last] [morning|evening|day]
    sc_when_here.remote: [during|in the middle of] [a product launch|month-end close|a busy quarter|a bank holiday weekend] | on a [quiet|busy] [afternoon|evening|morning]
    any_month_holiday: Christmas | Easter | New Year | the summer holidays | half term | Thanksgiving
    sc_state: after a [ten|twelve|fourteen]-hour [shift|day|working day] | with a [streaming cold|migraine|bad back|sprained ankle] | with [two tired kids|a restless toddler|a grumpy teenager|my elderly mother] in tow | with a deadline [looming|hanging over me] | under a tight deadline | on a tight budget | in a [rush|hurry|real hurry] | [half asleep|running on very little sleep|exhausted] | [straight|fresh] from a [long week|night shift|difficult week] | [with|nursing] a [cough|hangover|stiff neck|toothache] | [in a foul mood|in good spirits|in no mood for surprises] | with [a birthday|an anniversary|a job interview] the next day | {sc_state_here}
    sc_state_here.place: [soaked|drenched] from the rain | jet-lagged [from a long flight|after an overnight flight] | [carrying|lugging] [two suitcases|a heavy bag|a sleeping child]
    sc_state_here.remote: on my phone on [the train|the bus|a crowded platform] | [at midnight|late at night] with a [laptop on my knees|cup of tea going cold] | [between|in between] [two meetings|video calls|school pickups]
    sc_reason_short: [having read the reviews|after a friend's tip|going by {sc_seen}|given the price]
    # what one judges a thing by before trying it: a place's photos, anything else's website
    sc_seen: the website | its reputation
    sc_seen.place: the photos
    staff_team: [team|staff|desk|service team]
    # states that make a good time harder ("Even after a twelve-hour shift, …"), unlike a birthday the next day
    sc_hard: after a [ten|twelve|fourteen]-hour [shift|day|working day] | with a [streaming cold|migraine|bad back] | with [two tired kids|a restless toddler|a grumpy teenager] in tow | [running on very little sleep|exhausted] | with a deadline [looming|hanging over me] | in a foul mood
    sc_flustered: [tired|stressed|flustered|in a hurry|running late|out of my depth|close to tears|completely lost|short on time|feeling unwell|on edge|not at my best]
    # the companion's reasons come up in two draws of nine, as when they stood in one list with the rest
    sc_reason: because {@companion} [swore by it|had used it for years|recommended it] | because {@companion} [found a deal|had a voucher|was paying] | {sc_reason_plain} | {sc_reason_plain} | {sc_reason_plain} | {sc_reason_plain} | {sc_reason_plain} | {sc_reason_plain} | {sc_reason_plain}
    # reasons that do not name the companion, for a line in which the companion already chose it with the reviewer
    sc_reason_plain: after reading [a dozen|a handful of|far too many] reviews | because it was the [cheapest|most convenient|only] option [that week|I could find|left] | on a [whim|friend's advice|colleague's tip] | because [my usual choice|the one I used before] [let me down|put its prices up] | after [a long search|comparing prices for a week|asking around at work] | because [the reviews [looked good|were promising]|{sc_seen} looked [good|promising]|the price [seemed right|was right]] | {purpose}
    """#)
}
