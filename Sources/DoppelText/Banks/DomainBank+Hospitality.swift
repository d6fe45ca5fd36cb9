/// Phrase banks for places people go: restaurants, hotels, airlines, car rental.
extension DomainBank {
    static let restaurant = PhraseBank(name: "restaurant", source: #"""
    thing: bread basket <warm, fresh / stale, cold> | wine pairing <well judged, generous / clumsy, stingy> | cocktail <well balanced, strong / watery, overpriced> | starter <delicious, fresh / cold, bland> | main course <perfectly cooked, delicious / overcooked, lukewarm> | side of fries <crisp, generous / soggy, cold> | dessert trolley <tempting, well stocked / sparse, tired> | coffee <strong, hot / bitter, lukewarm> | table <spacious, spotless / wobbly, sticky> | booth <cosy, comfortable / cramped, sticky> | chair <comfortable, sturdy / wobbly, hard> | menu card <clear, clean / sticky, tatty> | bill <accurate, fair / wrong, padded> | cutlery <spotless, polished / dirty, missing> | water jug <full, cold / empty, forgotten> | kids' colouring sheet <fun, a nice touch / missing, forgotten> | specials board <tempting, up to date / out of date, unreadable> | bathroom <spotless, well stocked / dirty, out of order> | coat check <quick, friendly / slow, chaotic> | terrace heater <warm, working / broken, feeble> | background music <pleasant, well judged / too loud, grating> | napkin <crisp, clean / paper-thin, missing>
    scene_thing: {thing} | olive bowl <generous, fresh / stingy, stale> | salt grinder <full, working / empty, jammed> | candle <lit, lovely / unlit, missing> | tablecloth <crisp, spotless / stained, crumpled> | wine glass <sparkling, polished / chipped, smeared> | sharing board <generous, well presented / stingy, tired> | side salad <fresh, crisp / limp, soggy> | dessert menu <tempting, varied / short, sticky> | card machine <quick, working / broken, slow> | high chair <clean, sturdy / grubby, wobbly>
    it: the restaurant | this place | {@brand} | {@brand}
    brand: [Casa|Chez|The] {brand_word}[| Kitchen| Bistro| Grill| Table]
    noun: restaurant
    stint: we had dinner at {it} on a {weekday} evening, a party of {#2-8} | I've eaten at {it} {#3-12} times since it opened | I came to {it} for lunch with {#2-5} colleagues
    weekday: Monday | Tuesday | Wednesday | Thursday | Friday | Saturday | Sunday
    purpose: to celebrate [an anniversary|a birthday|a promotion] | for a [business lunch|first date|family dinner]
    persona: a [local who eats out weekly|food blogger|vegetarian|parent of {#2-3} young kids] | someone who [cooks a lot at home|has tried most places in the neighbourhood]
    aspect: service | wait time | menu | wine list | dessert | portion size | ambience | noise level | table | bathroom | reservation system | bill | kitchen | brunch menu
    feature: tasting menu | chef's special | happy hour menu | outdoor terrace | vegan menu | set lunch | kids' menu | bottomless brunch | private dining room | open kitchen
    staff: server | host | bartender | chef | manager | sommelier
    adj_good: delicious | attentive | generous | cosy | perfectly seasoned | warm
    adj_bad: bland | slow | overpriced | noisy | greasy | cramped
    good:
      Our server, {first_name}, knew the menu inside out and steered us to the [braised short rib|sea bass|mushroom risotto].
      Starters arrived within {#8-15} minutes and mains followed at a relaxed pace.
      The [lamb|duck breast|grilled octopus] was cooked exactly as ordered.
      Portions are generous: {#2} of us shared {#3-4} plates and still took leftovers home.
      They handled my [gluten|nut|dairy] allergy carefully and the chef came out to confirm.
      The set lunch at {$15-28} is one of the best deals in town.
      Dessert, a [lemon tart|chocolate fondant|tiramisu], was worth the visit on its own.
      The host found us a table for {#4-8} on a busy {weekday} with no reservation.
    bad:
      We waited {#35-70} minutes for mains, and nobody checked on us.
      My [steak|salmon|pasta] came out [cold|overcooked|under-seasoned], and the replacement took another {#20-30} minutes.
      The bill included a {#12-20}% service charge plus a line for tips, which felt sneaky.
      Our reservation for {#7-8}:{#0-3}0 was "lost", and we stood at the bar for {#20-45} minutes.
      It was so loud we had to shout across a table for {#2-4}.
      The server forgot {#2-3} of our drinks and then charged us for them.
      {#2} of us had [upset stomachs|food poisoning symptoms] the next morning.
      The wine list marks up bottles about {#3-4} times retail.
    meh:
      The food is good, not great, and priced as if it were great.
      Lovely terrace, inconsistent kitchen: my {#2}nd visit was much weaker than my first.
      Service was friendly but slow on a busy {weekday}.
    wish: hire another server for weekend nights | season the food properly | honour reservations | drop the hidden service charge | turn the music down | bring back the {feature}
    alt: the bistro down the street | most places in this price range | their sister restaurant
    moment: on a busy {weekday} night | at brunch | during the dinner rush | at the end of the meal
    """#)

    static let hotel = PhraseBank(name: "hotel", source: #"""
    thing: pillow <soft, plump / flat, lumpy> | towel <fluffy, fresh / threadbare, stained> | kettle <clean, quick / limescaled, broken> | carpet <spotless, plush / stained, threadbare> | elevator <fast, spotless / out of order, slow> | ice machine <working, well stocked / broken, empty> | room safe <secure, easy to use / jammed, broken> | blackout curtain <thick, effective / torn, useless> | shower head <powerful, spotless / weak, limescaled> | minibar <well stocked, fairly priced / empty, overpriced> | desk lamp <bright, working / dead, flickering> | coffee machine <easy to use, well stocked / broken, empty> | bathtub <spotless, deep / stained, chipped> | balcony door <secure, smooth / jammed, draughty> | key card <reliable, working / dead, demagnetised> | hair dryer <powerful, working / feeble, broken> | TV remote <working, clean / dead, sticky> | bedside socket <handy, working / dead, loose> | welcome note <personal, thoughtful / generic, missing> | luggage rack <sturdy, handy / wobbly, broken> | heating <quick, easy to adjust / broken, stuck on high> | window blind <smooth, effective / broken, stuck> | robe <soft, fluffy / threadbare, missing>
    scene_thing: {thing} | bath mat <fresh, fluffy / damp, stained> | wardrobe <roomy, clean / cramped, musty> | ironing board <sturdy, handy / wobbly, scorched> | mirror <spotless, well lit / smeared, cracked> | shower gel <generous, lovely / empty, missing> | desk chair <comfortable, sturdy / wobbly, torn> | room service menu <varied, tempting / short, outdated> | USB charger <handy, fast / dead, missing> | fridge <cold, quiet / warm, noisy> | door lock <secure, solid / faulty, flimsy> | bedside light <warm, handy / dead, flickering> | laundry bag <handy, provided / missing>
    it: the hotel | this hotel | the property | {@brand} | {@brand}
    brand: the {brand_word} [Hotel|Inn|Suites|House|Lodge]
    noun: hotel
    stint: I stayed at {it} for {#2-7} nights [in {month}|last {month}] | we spent a long weekend at {it}, [two adults|two adults and [a toddler|two kids|three kids]|four adults] | I've stayed at {it} {#3-9} times on business trips
    month: January | February | March | April | May | June | July | August | September | October | November | December
    purpose: for a [conference|wedding|family holiday|work trip] | to celebrate [our anniversary|a birthday]
    persona: a [frequent business traveller|light sleeper|parent travelling with a toddler|wheelchair user|travel blogger] | someone who stays in hotels {#20-60} nights a year
    aspect: room | bed | front desk | breakfast buffet | Wi-Fi | shower | pool | gym | housekeeping | location | check-in | noise insulation | air conditioning | parking | minibar | lobby
    feature: late checkout | rooftop bar | airport shuttle | spa | room service | mobile key | free breakfast | club lounge | kids' club | shuttle to the beach
    staff: front desk clerk | concierge | housekeeper | night manager | bellhop | breakfast attendant
    adj_good: spotless | comfortable | quiet | spacious | welcoming | well located
    adj_bad: dirty | cramped | noisy | tired | overpriced | understaffed
    good:
      Our room on the {#4-18}th floor was spotless and the bed was one of the best I've slept in.
      Check-in took under {#3-5} minutes, and they upgraded us to a [junior suite|sea-view room|corner room] at no charge.
      The concierge, {first_name}, booked us a table at a [fully booked|local favourite] restaurant within an hour.
      Breakfast had fresh [omelettes made to order|pastries|fruit] and ran until {#10-11} am.
      Housekeeping was thorough and respected the do-not-disturb sign.
      Wi-Fi held a steady {#50-300} Mbps, enough for video calls all day.
      It's a {#3-10}-minute walk to the [old town|convention centre|beach|main station].
      Late checkout until {#1-2} pm was free when I asked at the front desk.
      {first_name} at the front desk remembered our names from the first evening and had [a cot|extra pillows|a bottle of sparkling water] waiting in the room before we asked.
      The hotel restaurant's [seafood linguine|lamb tagine|mushroom risotto|club sandwich] was good enough that we ate there [twice|on both nights|again the next day].
      We were travelling with [my mother|our two teenagers|a friend from university|my partner's parents], and the [connecting rooms|family suite|twin room] suited all of us.
      Room {#2-6}{#0-2}{#1-9} had a [proper desk and a good chair|deep bath|balcony over the courtyard|kettle with real coffee], which made a real difference.
      The [café|bakery|tapas bar|ramen place] {first_name} recommended, two streets away, turned out to be the highlight of the trip.
      When my [phone charger|adapter|reading glasses] broke, {first_name} from housekeeping found me a spare within [ten minutes|the hour].
      It was [our anniversary|my partner's birthday|our first trip without the kids], and they left a handwritten card and [a cake|a bottle of prosecco|chocolates] in the room.
      The blackout curtains and the quiet [courtyard-facing|top-floor|back] room meant we slept until nine every morning.
      The rooftop bar serves a [negroni|spritz|local gin and tonic] at sunset that is worth the lift ride alone.
      The shuttle driver, {first_name}, waited [forty minutes|past midnight] for our delayed flight without a word of complaint.
    bad:
      The pool was "closed for maintenance" for the whole stay, though it was the reason we booked.
      Breakfast ran out of [eggs|coffee|clean cups] by {#8-9} am every morning.
      Our "sea view" was a sliver of water between {#2} car parks.
      The room smelled of smoke and the carpet had stains near the [bed|window].
      Check-in took {#40-90} minutes, and the room still wasn't ready at {#3-5} pm.
      The air conditioning rattled all night and maintenance never came.
      Wi-Fi dropped every {#10-30} minutes, making work calls impossible.
      A {$25-45} per night "resort fee" appeared on the bill that wasn't in the booking.
      Walls are so thin I could hear the neighbours' TV until {#1-2} am.
      Housekeeping skipped our room {#2} days in a row.
      The night manager was dismissive when I reported a [broken lock|leaking shower|bedbug bite].
      At {#1-2} am the [fire alarm|car alarm in the car park|ice machine outside our door] went off, and the night desk had no idea why.
      {first_name} at reception promised a room change [three times|twice] and never came back to us.
      The [club sandwich|burger|room-service pasta] arrived after an hour, cold, and still cost {$24-38}.
      We were travelling with [my elderly father|a toddler|a friend on crutches], and nobody mentioned the lift would be [out of service|closed] for the whole week.
      The [bathroom fan|shower drain|window latch] in room {#2-6}{#0-2}{#1-9} was broken, and the note we left for maintenance was still on the desk at checkout.
      Parking cost {$30-55} a night, and the garage was a [ten-minute|fifteen-minute] walk from the entrance.
      The so-called garden view looked straight onto the [bins|kitchen extractor|loading bay].
      It was [our honeymoon|my mother's seventieth|our anniversary], and we spent the first evening waiting in the lobby for a clean room.
      The breakfast [coffee was lukewarm|juice was watered down|eggs were rubbery] every single morning, and the staff shrugged when we mentioned it.
      The pool [towels ran out by ten|loungers were reserved with towels at dawn|was cloudy for two days], and no one from the hotel did anything about it.
    meh:
      Great location, tired rooms.
      The staff were lovely, but the room was smaller than the photos suggested.
      Breakfast was fine for the first morning; by day {#3-4} it was the same {#5-8} items.
    wish: refresh the rooms | fix the air conditioning | stop hiding the resort fee | add more breakfast staff | improve the Wi-Fi | soundproof the street-facing rooms
    alt: the chain hotel across the street | other hotels in this price range | the last place we stayed in the area
    moment: on our first night | at check-in | during breakfast | at checkout
    """#)

    static let airline = PhraseBank(name: "airline", source: #"""
    thing: seat belt <secure, clean / frayed, stuck> | tray table <clean, sturdy / sticky, broken> | overhead bin <roomy, easy to close / full, jammed> | boarding pass <clear, quick to load / wrong, missing> | in-flight screen <sharp, responsive / dead, frozen> | headphone socket <working, clean / dead, crackly> | meal tray <generous, hot / cold, stingy> | blanket <soft, warm / thin, grubby> | pillow <soft, clean / flat, grubby> | window blind <smooth, working / stuck, broken> | reading light <bright, working / dead, flickering> | USB port <working, fast / dead, loose> | lavatory <clean, well stocked / filthy, out of order> | boarding gate <calm, well organised / chaotic, packed> | baggage tag <correct, sturdy / wrong, missing> | seat cushion <comfortable, firm / flat, torn> | snack cart <well stocked, quick / empty, slow> | safety card <clear, clean / tatty, sticky> | armrest <sturdy, comfortable / broken, stuck> | call button <responsive, working / ignored, dead> | luggage trolley <plentiful, sturdy / scarce, wobbly>
    scene_thing: {thing} | life vest pouch <intact, neat / torn, empty> | seat pocket <clean, roomy / grubby, torn> | headrest <adjustable, comfortable / broken, stiff> | footrest <handy, working / broken, stuck> | meal voucher <generous, quick to arrive / stingy, worthless> | gate screen <accurate, clear / wrong, blank> | boarding queue <orderly, quick / chaotic, endless> | bag drop <quick, well staffed / slow, chaotic> | amenity kit <generous, thoughtful / stingy, missing> | menu card <tempting, clear / sticky, outdated>
    it: the airline | this airline | the carrier | {@brand} | {@brand}
    brand: {brand_word} [Air|Airways|Airlines|Jet]
    noun: airline
    stint: I flew {it} [round trip|one way] from [Chicago|London|Toronto|Madrid|Denver|Singapore] last {month} | I've taken {#4-30} flights with {it} this year | we flew {it} as a family of {#3-5} on a {#2-14}-hour route
    month: January | March | April | June | July | August | October | December
    purpose: for a [work trip|family visit|honeymoon|conference] | to [visit my parents|get to a wedding]
    persona: a [nervous flyer|frequent flyer with status|parent flying with a baby|budget traveller|tall person who needs legroom] | someone who flies about {#5-40} times a year
    aspect: boarding | legroom | cabin service | in-flight meal | check-in | baggage policy | on-time record | seat | entertainment system | app | rebooking process | lounge | Wi-Fi | refund process
    feature: online check-in | seat selection | priority boarding | free checked bag | in-flight Wi-Fi | extra-legroom seat | lounge access | live flight tracking | mobile boarding pass | free rebooking
    staff: flight attendant | gate agent | pilot | check-in agent | call centre agent
    adj_good: punctual | friendly | comfortable | smooth | efficient
    adj_bad: cramped | delayed | chaotic | rude | disorganised
    good:
      We landed {#10-25} minutes early after a smooth {#2-11}-hour flight.
      The flight attendants were attentive and brought [water|snacks] around every {#30-60} minutes.
      Boarding by zone took about {#15-25} minutes and was orderly.
      Seat {#10-40}[A|C|D|F] had more legroom than I expected, about {#31-34} inches.
      When our connection was cancelled, the app rebooked us automatically within {#10-30} minutes.
      My checked bag was on the belt {#5-15} minutes after we reached the gate.
      The gate agent moved us so our family of {#3-5} could sit together, at no charge.
    bad:
      Our flight was delayed {#3-9} hours with no meal voucher and barely any updates.
      They lost my checked bag for {#3-8} days and the claim form went nowhere.
      Seat {#10-40}[B|E] barely reclines and the tray table was broken.
      A {$35-75} fee for a carry-on bag wasn't obvious when I booked.
      The call centre kept me on hold for {#60-180} minutes to change a date.
      We were bumped from an overbooked flight and offered a {$50-150} voucher.
      The refund for my cancelled flight took {#6-14} weeks.
    meh:
      The flight itself was fine; getting there, with {#2} gate changes, was not.
      Friendly crew, cramped seats.
      Cheap fares, but the fees add up to almost what a full-service airline charges.
    wish: communicate delays honestly | speed up refunds | show all bag fees at booking | add legroom in economy | staff the call centre properly | improve the {feature}
    alt: the other airlines on this route | their main competitor | the low-cost carriers
    moment: at the gate | during boarding | on the return leg | at baggage claim
    """#)

    static let carRental = PhraseBank(name: "car_rental", source: #"""
    thing: steering wheel <clean, smooth / sticky, worn> | fuel gauge <accurate, reliable / wrong, stuck> | spare tyre <inflated, in great shape / flat, missing> | child seat <clean, secure / filthy, broken> | GPS unit <accurate, up to date / outdated, broken> | phone mount <sturdy, handy / broken, missing> | Bluetooth pairing <instant, reliable / flaky, impossible> | wiper <new, effective / worn, streaky> | tyre <new, in great shape / bald, underinflated> | air conditioning <powerful, cold / broken, weak> | boot <roomy, clean / cramped, filthy> | key fob <working, responsive / dead, temperamental> | rental agreement <clear, fair / confusing, padded with extras> | damage sheet <thorough, accurate / wrong, incomplete> | fuel receipt <clear, accurate / wrong, missing> | mileage counter <accurate, as promised / wrong, off> | windscreen <spotless, clear / cracked, chipped> | floor mat <clean, new / filthy, sandy> | parking sensor <accurate, reliable / dead, jumpy> | seat adjuster <smooth, working / stuck, broken> | cup holder <handy, sturdy / broken, sticky> | reversing camera <sharp, handy / blurry, dead>
    scene_thing: {thing} | fuel cap <secure, easy to open / stiff, missing> | horn <loud, working / feeble, dead> | glovebox <clean, handy / jammed, grubby> | seat belt <secure, working / frayed, stuck> | dashboard <spotless, clear / dusty, lit up with warnings> | indicator <working, clicky / dead, faulty> | rear window <clear, clean / cracked, smeared> | roof rack <sturdy, secure / rusty, loose> | charging port <fast, working / dead, loose> | hazard light switch <working, easy to find / dead, faulty>
    it: the rental company | this car rental | the agency | {@brand} | {@brand}
    brand: {brand_word} [Rentals|Car Hire|Drive|Auto Rent]
    noun: rental company
    stint: I rented a [compact|midsize SUV|minivan|convertible] from {it} for {#2-14} days | we picked up a car from {it} at the airport last {month} | I've rented from {it} {#3-10} times for work
    month: January | March | May | June | July | August | September | November
    purpose: for a [road trip|business trip|family holiday|wedding weekend] | to [drive the coast|get around while my car was in the shop]
    persona: a [frequent business renter|first-time renter|young driver|family of {#4-5}] | someone who rents cars a few times a year
    aspect: pickup | counter | car | price | insurance upsell | fuel policy | drop-off | shuttle | deposit | damage inspection | booking site | cleanliness | mileage limit | child seat
    feature: skip-the-counter pickup | free additional driver | unlimited mileage | one-way rental | app check-in | free cancellation | loyalty program | free upgrade | GPS unit | roadside assistance
    staff: counter agent | shuttle driver | lot attendant | branch manager
    adj_good: quick | clean | fair | straightforward | transparent
    adj_bad: dirty | slow | pushy | overpriced | misleading
    good:
      The branch manager waived the young driver fee after a {#2-5}-minute chat.
      The car had Apple CarPlay, a full tank and barely {#1500-6000} miles on it.
      Returning it after hours was easy: key box, photos in the app, receipt by email.
      Pickup took {#5-10} minutes thanks to the app check-in.
      The car was nearly new, with under {#2000-9000} miles, and spotless inside.
      Drop-off took {#2-5} minutes and the receipt was in my inbox before I reached the terminal.
      The counter agent didn't push any extra insurance.
      They upgraded us to a [midsize SUV|full-size sedan] for free because the compact wasn't ready.
      The final bill matched the quote to the cent: {$150-480} for {#3-7} days.
      Roadside assistance arrived within {#30-50} minutes when we got a flat.
    bad:
      The car had [a cracked windscreen|bald front tyres|a dead phone charger port|a warning light on] when we picked it up.
      They [swapped our|downgraded our] [SUV|minivan|midsize car] to a compact without a discount.
      The final bill was {$80-200} higher than the quote because of [a "premium location" fee|an airport surcharge|a cleaning charge].
      The {staff} [insisted|claimed] the fuel tank wasn't full, although I had the receipt from {#2-5} miles away.
      Nobody answered the [roadside|branch] number for {#30-60} minutes when the car wouldn't start.
      The queue at the counter took {#45-90} minutes.
      They charged {$200-600} for a scratch that was clearly on the car at pickup.
      The agent pressured us into insurance that doubled the price.
      The car smelled of smoke and the check-engine light came on after {#20-80} miles.
      My deposit of {$200-500} took {#3-5} weeks to come back.
      The shuttle from the terminal ran every {#30-45} minutes and was packed.
      They charged a refuelling fee of {$40-90} even though I returned it full.
    meh:
      The car was fine; the counter experience was not.
      Decent prices if you decline every add-on, which takes determination.
      Pickup was slow, drop-off was quick.
    wish: staff the counter at peak times | stop the insurance hard sell | photograph cars at pickup | refund deposits faster | make the {feature} standard
    alt: the other rental desks at the airport | a car-sharing app | the last agency I used
    moment: at the airport counter | at pickup | at drop-off | on the final bill
    """#)
}
