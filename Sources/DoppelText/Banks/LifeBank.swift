/// Shared phrases about the reviewer's life: who they are, where from, who
/// came along, what else was going on. They carry the personal specifics real
/// reviews have and keep reviews of one product from sharing a vocabulary.
enum LifeBank {
    static let shared = PhraseBank(name: "life", source: #"""
    occupation: teacher | paramedic | accountant | architect | barista | software tester | veterinary nurse | electrician | graphic designer | civil engineer | pharmacist | bus driver | social worker | translator | carpenter | dental hygienist | journalist | data analyst | lab technician | sales manager | physiotherapist | wedding photographer | retired firefighter | chef | librarian | HR manager | plumber | marketing consultant | PhD student | flight attendant | police officer | sound engineer | florist | insurance broker | primary school head | landscape gardener | pilot | baker | nurse practitioner | product manager | optician | tram driver | midwife | museum curator | sommelier | forklift driver | town planner | tax adviser | speech therapist | yoga teacher | hairdresser | quantity surveyor | stage manager | radiographer | web developer | postwoman | shop manager | personal trainer | bookkeeper | tour guide | biology teacher | joiner | care worker | copywriter | ambulance dispatcher | estate agent | farmer | customs officer | call centre supervisor | music teacher | dentist | train guard | event planner | wine merchant | court clerk | video editor | school nurse | lorry driver | university lecturer | receptionist
    city: Leeds | Denver | Manchester | Austin | Toronto | Glasgow | Melbourne | Dublin | Portland | Bristol | Auckland | Cork | Phoenix | Cardiff | Ottawa | Brighton | Seattle | Nashville | Edinburgh | Perth | Calgary | Boston | Norwich | Sacramento | Liverpool | Vancouver | Adelaide | Belfast | Pittsburgh | Halifax | Bath | San Diego | Hobart | Aberdeen | Minneapolis | Wellington | Galway | Sheffield | Quebec City | Tucson | Newcastle | Kansas City | Dundee | Brisbane | Leicester | Savannah | Exeter | Cleveland | Swansea | Winnipeg | York | Albuquerque | Limerick | Canberra | Nottingham | Milwaukee | Inverness | Raleigh | Plymouth | Victoria
    companion: my partner | my husband | my wife | my sister | my brother | my mum | my dad | a colleague | my flatmate | my best friend | my teenage son | my daughter | my neighbour | my business partner | my manager | a client | my grandmother | my fiancé | my cousin | an old school friend | my twin sister | my stepdad | a friend from work | my godson | my aunt | a friend from my book club | my father-in-law | my team lead | my eldest son | my oldest friend
    life_event: moving house | starting a new job | recovering from knee surgery | planning a wedding | juggling two jobs | studying for exams | looking after a newborn | renovating the kitchen | training for a half marathon | travelling for work every week | caring for my dad | launching a side business | between jobs | finishing my thesis | training a new puppy | selling our old flat | doing night shifts | preparing for a big audit | settling into a new city | job hunting | nursing a broken wrist | planning a fortieth birthday | commuting three hours a day | halfway through a house move | sorting out my late aunt's estate | coaching my son's football team | rehearsing for a choir concert | working through a busy harvest | organising a school reunion | training for my first triathlon
    feeling_pos: relieved | grateful | impressed | reassured | delighted | pleasantly surprised | won over | genuinely pleased
    feeling_neg: annoyed | exhausted | let down | fed up | stressed | baffled | anxious | worn out
    who_line:
      For context, I'm a {occupation} [from|based in|living in] {city}.
      I work as a {occupation} in {city}, so [my time is tight|I notice sloppiness|I value things that just work].
      [As a|Speaking as a] {occupation}, I [care about|pay attention to|notice] [the details|reliability|how problems get handled].
      [Quick background:|Background:] {occupation}, {city}, [two kids|one dog|long hours|not much patience].
    anecdote.positive:
      [It's|This is] the first review I've written in {#3-12} years, [which tells you something|because they earned it].
      {companion_cap} [teased|laughed at] me for [raving about|going on about] {it}, [then signed up too|until they tried it].
      I [kept|have kept] notes since {any_month}, and [nothing|not one thing] has gone wrong [that mattered|worth mentioning].
      I was {life_event} at the time, so [every minute counted|I needed things to just work|I had no patience for hiccups], and {it} [delivered|came through].
      {companion_cap} [tried|used] {it} [too|as well] and [felt the same|agreed with me|was just as {feeling_pos}].
      I ended up [telling|recommending it to] {companion}, who [now uses it too|was equally {feeling_pos}].
      It made a [stressful|busy|hectic|long] [week|month|stretch] of {life_event} a little easier, and I was {feeling_pos}.
    anecdote.negative:
      {companion_cap} [laughed|winced|sighed] when I [told them|showed them the emails], because the same thing [happened to them|had happened to a friend] in {any_month}.
      I [took|used up] a [half day|morning|whole afternoon] of leave to sort this out, which [stung|I could not really spare] while {life_event}.
      [Between|With] {life_event} and [a parent in hospital|a house guest moving in|a toddler starting nursery], I [needed|was counting on] this to be the easy part, and it was anything but.
      I [kept|have kept] [screenshots|notes|every email] since {any_month}, and [they tell the same story|the pattern is obvious].
      [Honestly,|Frankly,] {companion} [now refuses to|won't] [go near|use] {it} [again|after hearing about this].
      [It's|This is] the [first|only] [one-star|bad] review I've written in {#3-12} years, [which tells you something|if that says anything].
      I was {life_event} at the time, [so this was the last thing I needed|which made every delay hurt more].
      {companion_cap} [had tried|used] {it} [before me|last year] and [warned me|said the same thing]; I should have listened.
      By the end I was [honestly|frankly] {feeling_neg}, [which is not what I pay for|and so was {companion}].
      [With|In the middle of] {life_event}, [losing|wasting] {#2-6} [hours|evenings] on this left me {feeling_neg}.
    anecdote.neutral:
      {companion_cap} [rates|likes] {it} [higher|more] than I do; we [argued about it|compared notes] over [dinner|coffee].
      [If|Had] I [not been|weren't] {life_event}, I might [have been more forgiving|have cared less about the rough edges].
      I was {life_event} at the time, so [maybe I expected too much|I may have been less patient than usual].
      {companion_cap} [likes|uses] {it} more than I do, [to be fair|which says something].
      With {life_event}[ and everything else|] going on, it was [fine|good enough], [just not memorable|no more].
    companion_cap: My partner | My husband | My wife | My sister | My brother | My mum | My dad | A colleague | My flatmate | My best friend | My daughter | My neighbour | My cousin
    """#)
}
