/// Facets of places people go: hotels, restaurants, airlines, car rental, food delivery.
extension FacetLexicon {
    static let hotel = """
    room / bedroom / suite ; spacious, bright, quiet, immaculate, airy, well laid out ; cramped, dingy, musty, stuffy, shabby, tiny
    mattress / bed ; firm, supportive, comfortable, brand new ; lumpy, sagging, creaky, worn out, hard as a board
    bathroom / en-suite ; spotless, modern, roomy, well lit ; mouldy, grimy, cramped, dated, smelly
    shower ; powerful, piping hot, steady, easy to adjust ; lukewarm, feeble, leaky, temperamental
    breakfast / breakfast buffet / morning buffet ; generous, fresh, varied, delicious, good value ; stale, meagre, repetitive, lukewarm, overpriced
    *front desk staff / reception staff ; welcoming, helpful, attentive, quick, warm ; rude, dismissive, slow, unhelpful, disorganised
    location ; central, convenient, peaceful, handy for the station ; remote, noisy, sketchy, inconvenient
    view / view from our window ; stunning, beautiful, calming ; disappointing, grim, mostly a car park
    *towels ; fluffy, fresh, plentiful, soft ; thin, frayed, stained, scratchy
    pool ; clean, warm, inviting, uncrowded ; murky, overcrowded, freezing, tiny
    gym ; well equipped, clean, quiet ; cramped, dated, half broken
    Wi-Fi / internet connection ; fast, stable, reliable ; patchy, painfully slow, unreliable
    air conditioning ; quiet, effective, easy to control ; noisy, weak, broken
    check-in / arrival process ; quick, friendly, smooth ; slow, chaotic, confusing
    housekeeping ; thorough, discreet, reliable ; sloppy, erratic, careless
    lobby / reception area ; elegant, welcoming, calm ; cramped, tired, chaotic
    *walls ; solid, well insulated ; paper-thin, badly insulated
    hotel restaurant / in-house restaurant ; excellent, fairly priced, charming ; overpriced, bland, understaffed
    parking ; easy, affordable, secure ; expensive, cramped, hard to find
    *elevators / lifts ; quick, quiet, spotless ; slow, cramped, out of order
    bar / hotel bar ; lively, stylish, fairly priced ; overpriced, dead, smoky
    concierge ; knowledgeable, helpful, resourceful ; clueless, absent, unhelpful
    spa ; relaxing, immaculate, tranquil ; cramped, overpriced, tired
    room service ; quick, hot, reliable ; slow, cold, forgetful
    checkout ; quick, painless, accurate ; slow, confusing, padded with surprise charges
    decor ; stylish, fresh, tasteful ; dated, tired, tacky
    neighbourhood / area ; lively, safe, charming ; sketchy, dreary, dead at night
    roof terrace ; gorgeous, peaceful, sunny ; shabby, windswept, never open
    lighting / room lighting ; warm, soft, practical ; harsh, dim, gloomy
    """

    static let restaurant = """
    food / cooking ; delicious, fresh, beautifully presented, full of flavour ; bland, greasy, stale, overcooked, tasteless
    service ; attentive, warm, efficient, friendly ; slow, rude, careless, forgetful
    *portions ; generous, well judged, hearty ; tiny, stingy, miserly
    menu ; inventive, varied, clear, seasonal ; confusing, limited, overpriced
    wine list ; thoughtful, fairly priced, well chosen ; overpriced, thin, uninspired
    *desserts ; indulgent, light, gorgeous ; soggy, cloying, forgettable
    atmosphere / ambience ; cosy, lively, relaxed, romantic ; noisy, chaotic, gloomy, cold
    *tables ; spacious, well spaced, comfortable ; cramped, wobbly, sticky
    bill ; reasonable, fair, clear ; inflated, confusing, padded with extras
    *staff / waiting staff ; friendly, knowledgeable, patient ; indifferent, rude, overwhelmed
    *cocktails ; balanced, creative, strong ; watery, sickly, overpriced
    wait for a table ; short, well managed ; endless, chaotic
    *bathrooms ; spotless, well kept ; filthy, neglected
    bread ; warm, crusty, homemade ; stale, dry
    kitchen ; consistent, careful, skilled ; sloppy, inconsistent, chaotic
    *starters ; inventive, fresh, beautifully plated ; greasy, limp, tired
    coffee ; rich, strong, smooth ; bitter, weak, lukewarm
    terrace ; sunny, charming, sheltered ; cramped, dirty, windswept
    *specials ; tempting, seasonal, good value ; overpriced, sold out, disappointing
    music ; pleasant, well chosen, low ; deafening, grating, tinny
    booking system ; easy, reliable ; chaotic, unreliable
    steak ; tender, juicy, perfectly cooked ; chewy, grey, overdone
    pasta ; fresh, silky, perfectly al dente ; gluey, overcooked, bland
    *sauces ; rich, balanced, glossy ; gloopy, salty, split
    *vegetarian options ; imaginative, plentiful, tasty ; token, dull, scarce
    decor ; warm, stylish, inviting ; dated, gloomy, tired
    lighting ; soft, flattering, warm ; harsh, dim, glaring
    host / hostess ; welcoming, gracious, organised ; brusque, flustered, cold
    """

    static let airline = """
    *cabin crew / flight attendants ; friendly, attentive, calm, professional ; rude, absent, curt, disorganised
    legroom ; generous, decent, better than expected ; cramped, pitiful, nonexistent
    seat / economy seat ; comfortable, roomy, well padded ; cramped, broken, stiff, filthy
    boarding ; orderly, quick, calm ; chaotic, slow, disorganised
    in-flight meal ; tasty, hot, generous ; inedible, cold, tiny
    entertainment system ; responsive, well stocked, easy to use ; broken, laggy, frozen
    check-in ; quick, painless, friendly ; slow, confusing, understaffed
    baggage handling ; fast, careful, reliable ; slow, careless, chaotic
    app ; clear, reliable, fast ; buggy, useless, confusing
    *delays ; rare, well explained ; endless, unexplained
    cabin ; clean, quiet, modern ; dirty, tired, stuffy
    refund process ; fast, fair, simple ; slow, opaque, exhausting
    *gate agents ; helpful, organised, kind ; rude, unhelpful, overwhelmed
    lounge ; calm, comfortable, well stocked ; crowded, shabby, noisy
    *fares ; fair, transparent, cheap ; inflated, misleading, steep
    *baggage fees ; clear, fair ; hidden, absurd, steep
    *snacks ; tasty, generous, free ; stale, pricey, tiny
    Wi-Fi ; fast, cheap, reliable ; patchy, pricey, useless
    *announcements ; clear, timely, honest ; garbled, vague, late
    cabin temperature ; comfortable, pleasant ; freezing, stifling
    *toilets / lavatories ; clean, well stocked ; filthy, blocked, smelly
    pilot / captain ; reassuring, chatty, informative ; silent, vague, curt
    *connections ; smooth, well timed ; rushed, missed, chaotic
    loyalty programme ; generous, simple, rewarding ; stingy, confusing, pointless
    booking website ; clear, fast, honest ; clunky, confusing, buggy
    *drinks ; cold, generous, free ; warm, pricey, watered down
    """

    static let carRental = """
    car / vehicle ; clean, nearly new, comfortable, smooth to drive ; dirty, battered, smelly, unreliable
    pickup ; quick, organised, friendly ; slow, chaotic, confusing
    *counter staff ; helpful, honest, quick ; pushy, rude, slow
    price ; fair, transparent, competitive ; inflated, misleading, outrageous
    drop-off ; quick, painless, easy ; slow, confusing, disorganised
    insurance pitch ; brief, honest, optional ; aggressive, relentless, misleading
    shuttle ; frequent, punctual, clean ; rare, overcrowded, late
    deposit refund ; prompt, quick ; slow, delayed, incomplete
    damage inspection ; fair, careful, thorough ; petty, rushed, unfair
    booking site ; clear, fast, honest ; confusing, buggy, full of hidden extras
    *tyres ; new, well inflated ; bald, worn, underinflated
    fuel policy ; fair, simple ; confusing, punitive
    *child seats ; clean, safe, easy to fit ; filthy, broken, missing
    GPS unit ; accurate, up to date ; outdated, useless, broken
    air conditioning ; strong, quiet ; weak, broken, smelly
    *extra charges ; none, clearly listed ; hidden, outrageous, endless
    roadside assistance ; quick, helpful ; slow, unreachable
    *keys ; ready, waiting, easy to collect ; lost, delayed, missing
    *wipers ; new, effective ; worn, streaky, useless
    *return instructions ; clear, simple, well signed ; vague, confusing, contradictory
    interior ; spotless, fresh, roomy ; sticky, smelly, stained
    *toll charges ; fair, clearly explained ; inflated, surprising, hidden
    *seats ; comfortable, supportive, clean ; worn, stained, lumpy
    *brakes ; sharp, smooth, reassuring ; spongy, grinding, worrying
    *parking sensors ; accurate, handy ; dead, erratic, useless
    after-hours return ; easy, clearly explained, safe ; confusing, unsafe, badly signed
    *loyalty perks ; generous, real, worthwhile ; stingy, meaningless, hard to claim
    engine ; smooth, quiet, lively ; rough, noisy, sluggish
    *headlights ; bright, clean ; dim, misaligned
    """

    static let foodDelivery = """
    food ; hot, fresh, delicious, well packed ; cold, soggy, squashed, wrong
    delivery ; fast, punctual, careful ; late, slow, careless
    *drivers / couriers ; polite, quick, careful ; rude, lost, careless
    app ; simple, fast, accurate ; buggy, confusing, sluggish
    tracking ; accurate, live, reliable ; inaccurate, frozen, useless
    *fees ; fair, transparent, low ; inflated, hidden, absurd
    *refunds ; quick, fair, painless ; slow, grudging, partial
    restaurant choice ; wide, varied, excellent ; limited, patchy, disappointing
    packaging ; sturdy, neat, sealed ; flimsy, leaky, wasteful
    customer support ; quick, kind, helpful ; slow, scripted, useless
    *orders ; accurate, complete, correct ; incomplete, wrong, mixed up
    *promotions ; generous, honest ; misleading, stingy
    *delivery windows ; accurate, honest ; meaningless, optimistic
    *menu photos ; accurate, honest ; misleading, flattering
    checkout ; quick, simple ; clunky, buggy
    *substitutions ; sensible, well flagged ; random, absurd
    *drinks ; cold, sealed, correct ; warm, spilled, missing
    *courier updates ; timely, clear, friendly ; vague, late, robotic
    subscription plan ; good value, flexible, easy to cancel ; pricey, sneaky, hard to cancel
    *portion sizes ; generous, as described, hearty ; tiny, stingy, smaller than pictured
    *allergy notes ; respected, carefully handled ; ignored, lost, overlooked
    *fries / chips ; crisp, hot, salty ; soggy, cold, limp
    pizza ; hot, crisp, well topped ; cold, soggy, burnt
    curry ; fragrant, hot, generous ; lukewarm, greasy, watery
    *noodles ; fresh, springy, tasty ; stodgy, cold, clumped
    *burgers ; juicy, hot, well built ; squashed, cold, dry
    cutlery ; included, sturdy ; missing, flimsy
    *ratings / restaurant ratings ; honest, useful ; inflated, meaningless
    """
}
