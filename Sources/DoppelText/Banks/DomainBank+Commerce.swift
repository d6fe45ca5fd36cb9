/// Phrase banks for things people buy: online stores, hardware, food delivery.
extension DomainBank {
    static let ecommerce = PhraseBank(name: "ecommerce", source: #"""
    thing: product page <accurate, detailed / misleading, out of date> | size chart <accurate, clear / wrong, confusing> | delivery estimate <accurate, spot on / wrong, optimistic> | return form <simple, quick / confusing, broken> | coupon field <easy to find, working / broken, hidden> | wish list <handy, easy to share / buggy, slow> | order confirmation email <instant, clear / late, missing, wrong> | tracking link <accurate, live / broken, stuck on pending> | gift message <neat, printed correctly / missing, misspelled> | review section <honest, helpful / fake-looking, empty> | stock indicator <accurate, up to date / wrong, out of date> | address form <quick, forgiving / fussy, broken> | payment page <quick, secure / broken, slow> | live chat <quick, helpful / slow, scripted> | refund status <clear, up to date / stuck on pending, wrong> | bundle deal <generous, good value / misleading, poor value> | loyalty points balance <accurate, generous / wrong, missing> | shipping box <sturdy, neat / crushed, oversized> | invoice <clear, accurate / wrong, missing> | promo banner <honest, clear / misleading, expired> | filter menu <quick, accurate / broken, confusing> | exchange option <simple, free / hidden, confusing>
    scene_thing: {thing} | size filter <accurate, handy / broken, useless> | delivery note <accurate, tidy / wrong, missing> | returns label <prepaid, easy to print / missing, wrong> | product video <helpful, honest / misleading, blurry> | gift card <generous, easy to redeem / expired, rejected> | order history page <tidy, up to date / slow, incomplete> | price alert <timely, accurate / late, wrong> | saved basket <handy, intact / emptied, buggy> | delivery window <narrow, accurate / vague, missed> | voucher email <generous, timely / expired, misleading>
    it: the store | this shop | the site | {@brand} | {@brand}
    brand: {brand_word} [& Co|Goods|Market|Supply|Store]
    noun: store
    goods_damage: the [desk lamp|ceramic vase|coffee grinder|picture frame|set of wine glasses|table lamp|mirror] was [cracked|chipped|broken in two] | the [jacket|pair of trainers|backpack|bedsheet set] was [torn|stained|missing a button] | the [blender|kettle|toaster|air fryer] was dented and won't switch on
    stint: I've ordered from {it} {#3-20} times over the past [year|{#2-3} years] | I placed my first order {#2-8} weeks ago | I've been a customer since {#2015-2023}
    purpose: for [household basics|kids' clothes|kitchen gear|gifts] | for [a home office setup|last-minute birthday presents|running shoes]
    persona: a [bargain hunter|parent of {#2-4}|small business buyer|picky shopper who reads every review] | someone who [returns a lot of clothes|orders online weekly]
    aspect: checkout | delivery time | packaging | product photo | return policy | search filter | size guide | order tracking | customer service | price | product description | loyalty program
    feature: one-click checkout | live order tracking | free return label | size recommendation | saved wish list | price-drop alert | buy-now-pay-later option | same-day delivery | gift wrapping | subscription discount
    staff: customer service rep | delivery driver | warehouse team member
    adj_good: fast | accurate | hassle-free | generous | well organised | careful
    adj_bad: slow | misleading | confusing | sloppy | unreliable | overpriced
    good:
      The packaging was plastic-free and the item was wrapped like a gift.
      I changed my delivery address after ordering and it still arrived on time.
      They price-matched a competitor in a {#3-8}-minute chat.
      My order arrived in {#2-3} days, a day earlier than promised.
      The return label was in the box, and my refund of {$20-120} landed within {#2-5} days.
      Everything came [well packed|double-boxed], even the {#2-6} glasses in my order.
      The size guide was spot on; both pairs fit [perfectly|exactly as described].
      Tracking updated at every step, right down to "{#2-9} stops away".
      Checkout took under a minute and remembered my address without pushing an account.
      A customer service rep replaced a [cracked mug|missing part] without asking for photos.
      Prices were about {#10-30}% lower than the big chains for the same items.
    bad:
      They sent the wrong size, then the wrong colour, then charged me {$5-12} for the second return.
      The "in stock" label was wrong: my order was cancelled {#3-8} days later.
      The discount code failed at checkout and support told me to place the order again at full price.
      My parcel was left [in the rain|on the street|with the wrong neighbour] and the box was soaked through.
      The refund came back {$5-20} short and nobody could explain why.
      My order took {#9-21} days to arrive, and tracking sat on "label created" for {#4-9} of them.
      The item looked nothing like the photos; the "oak" finish was printed plastic.
      I returned a {$40-150} jacket {#3-7} weeks ago and I'm still waiting on the refund.
      The box arrived crushed and {#2-4} of the {#5-8} plates were broken.
      Checkout added {$5-15} in fees on the very last screen.
      Customer service sent the same canned reply {#2-4} times without reading my message.
      They charged my card twice for order #{#10000-99999} and took {#2-3} weeks to reverse it.
      The search filter ignores size, so I scroll through {#100-400} items I can't buy.
    meh:
      Good prices, slow shipping: my last {#3-5} orders all took over a week.
      The product was as described, but the packaging was excessive for something so small.
      Returns are free, but you have to print the label yourself and drop it off within {#14-30} days.
    wish: show the real delivery date before checkout | fix the size filter | refund returns faster | stop adding fees at the last step | use smaller boxes | bring back the {feature}
    alt: the big online marketplaces | the local store down the road | the brand's own site
    moment: during the holiday rush | on my last order | at checkout | when I tried to return something
    """#)

    static let hardware = PhraseBank(name: "hardware", source: #"""
    thing: power button <firm, responsive / loose, unresponsive> | USB-C port <snug, fast / loose, dead> | charging cable <sturdy, long enough / flimsy, frayed, short> | trackpad <smooth, responsive / jumpy, unresponsive> | webcam <sharp, crisp / grainy, blurry> | microphone <clear, crisp / muffled, crackly> | speaker grille <tidy, solid / rattly, dented> | hinge <sturdy, smooth / loose, creaky, stiff> | kickstand <sturdy, solid / wobbly, flimsy> | carrying pouch <soft, well made / flimsy, cheap> | manual <clear, thorough / vague, useless> | companion app <reliable, well designed / buggy, bloated> | firmware updater <quick, painless / buggy, stuck> | status light <clear, subtle / dazzling, confusing> | volume rocker <clicky, responsive / mushy, loose> | fan <quiet, effective / noisy, whiny> | battery indicator <accurate, reliable / wrong, jumpy> | Wi-Fi chip <fast, reliable / flaky, slow> | headphone jack <snug, clean / loose, crackly> | base <stable, solid / wobbly, scratched> | screen coating <smooth, glare-free / scratched, smudgy> | fingerprint sensor <quick, accurate / slow, unreliable>
    scene_thing: {thing} | quick-start guide <clear, short / vague, useless> | power adapter <compact, fast / bulky, hot> | protective film <neat, bubble-free / crooked, bubbly> | carry case <snug, well made / flimsy, cheap> | sleep button <responsive, well placed / awkward, unresponsive> | screw cover <snug, neat / loose, missing> | LED strip <bright, even / patchy, dim> | stand <solid, adjustable / wobbly, flimsy> | mounting bracket <solid, easy to fit / flimsy, warped> | dust cover <snug, well made / flimsy, ill-fitting>
    it: the device | this [laptop|unit|gadget] | the product | {@brand} | {@brand}
    brand: the {brand_word} [X{#2-9}|Pro {#2-5}|{#100-900}|Air|Max]
    noun: device
    stint: I've used {it} [every day|for work] for [about|nearly] {#2-14} months | I bought {it} {#3-10} weeks ago for {$80-1200} | mine is {#6-24} months old and sees daily use
    purpose: for [video calls|travel|gaming|home office work|photo editing] | to replace [my old one|a {#5-8}-year-old model]
    persona: a [software developer|photographer|student|remote worker|frequent traveller] | someone who [keeps gadgets for years|reads spec sheets for fun]
    aspect: battery life | build quality | screen | keyboard | charging speed | speaker | fan noise | setup process | companion app | firmware update | hinge | port selection | warranty service | price
    feature: USB-C charging | noise cancellation | backlit keyboard | fingerprint reader | fast charging | Bluetooth multipoint | OLED display | water resistance | carrying case | auto firmware update
    staff: support technician | store employee | repair technician
    adj_good: solid | sturdy | premium | sharp | quiet | well built
    adj_bad: flimsy | cheap-feeling | noisy | dim | fragile | unreliable
    good:
      Battery life is a real {#9-14} hours of mixed use, close to the advertised {#12-18}.
      Setup took {#5-15} minutes, including a firmware update.
      The aluminium body feels solid; after {#6-18} months there isn't a scratch on it.
      It charges from {#5-20}% to {#70-90}% in about {#25-45} minutes.
      The fans stay silent during video calls and only spin up under heavy load.
      The warranty replacement arrived in {#3-6} days with a prepaid return box.
      At {$80-400} it undercuts the big brands without feeling cheap.
      The screen is bright enough to use outdoors at {#400-600} nits.
    bad:
      The battery went from {#10-12} hours to barely {#3-5} within a year.
      The hinge cracked after {#4-11} months of careful use.
      Firmware {#1-4}.{#0-9} bricked it overnight and support had no fix.
      The fan whines constantly, even with just a browser open.
      Bluetooth drops every {#5-20} minutes, so calls cut out mid-sentence.
      The warranty claim took {#3-7} weeks and they sent back the same faulty unit.
      It gets hot enough at the base that I can't use it on my lap.
      The charger died after {#2-6} months and a replacement costs {$30-80}.
    meh:
      Great screen, mediocre battery.
      It does everything I need, but the {$20-60} premium over last year's model buys very little.
      Build quality is solid; the companion app is clunky and wants an account for no reason.
    wish: fix the Bluetooth dropouts | make the companion app optional | ship a bigger battery | speed up warranty claims | put back the headphone jack | improve the {feature}
    alt: my previous [laptop|model] | the big-brand equivalent | a cheaper model I returned
    moment: after a firmware update | on a {#2-12}-hour flight | during video calls | in the first month
    """#)

    static let foodDelivery = PhraseBank(name: "food_delivery", source: #"""
    thing: delivery estimate <accurate, spot on / wrong, optimistic> | driver map <accurate, live / frozen, wrong> | order summary <clear, accurate / wrong, confusing> | tip screen <clear, optional / pushy, confusing> | promo code box <easy to find, working / broken, hidden> | allergy note <respected, read carefully / ignored> | drink order <correct, ice cold / missing, warm, wrong> | side dish <generous, hot / missing, cold, soggy> | sauce <tasty, generous / missing, leaking> | receipt <clear, accurate / wrong, missing> | restaurant menu <clear, up to date / outdated, confusing> | bag seal <intact, tamper-proof / broken, missing> | refund button <easy to find, quick / hidden, broken> | support chat <quick, helpful / slow, scripted> | delivery photo <clear, helpful / blurry, wrong> | address pin <accurate, spot on / wrong, off by a street> | substitution option <sensible, clear / ignored, confusing> | group order link <handy, easy to share / broken, confusing> | meal deal <generous, good value / stingy, misleading> | scheduled slot <on time, reliable / missed, late> | rating prompt <quick, unobtrusive / pushy, endless> | packaging <sturdy, well sealed / leaking, soggy>
    scene_thing: {thing} | cutlery request <respected, remembered / ignored, forgotten> | delivery note <read, followed / ignored> | courier chat <quick, friendly / silent, curt> | tip slider <clear, optional / pushy, confusing> | reorder button <handy, quick / broken, hidden> | ETA banner <accurate, live / wrong, frozen> | insulated bag <warm, clean / cold, grubby> | napkin <included, generous / missing> | condiment pot <sealed, generous / leaking, missing> | rider photo <clear, helpful / blurry, wrong>
    it: the delivery app | this service | the app | {@brand} | {@brand}
    brand: {brand_word}[Eats|Dash|Bite|Go]
    noun: delivery app
    goods_damage: the [curry|soup|noodle box|pizza|burger|salad bowl] had [leaked all over the bag|been squashed flat|gone cold] | the [drink|side dish|dessert] was missing
    stint: I order through {it} [about|roughly] {#2-4} times a week | I've used {it} for [about|over] {#3-20} months | I've placed around {#20-150} orders with {it}
    purpose: for [weeknight dinners|office lunches|late-night food|groceries] | when I'm [working late|too tired to cook]
    persona: a [night-shift worker|busy parent|student|remote worker] | someone who orders in [a lot|more than I'd like to admit]
    aspect: delivery time | order accuracy | food temperature | driver communication | restaurant selection | delivery fee | refund process | live tracking | app checkout | promo code system | packaging | support chat
    feature: live map tracking | group ordering | scheduled delivery | contactless drop-off | subscription plan | reorder button | allergy notes field | tip adjustment | grocery delivery | in-app chat with the driver
    staff: driver | support agent | restaurant staffer
    adj_good: fast | accurate | reliable | convenient | well packaged
    adj_bad: late | cold | inaccurate | overpriced | unreliable
    good:
      The food showed up in {#18-30} minutes, still hot.
      The driver texted a photo of the drop-off at my door, which I appreciate in a building with {#20-200} units.
      Support refunded a missing {$4-15} side within {#2-5} minutes of my chat.
      Group ordering for {#4-12} coworkers worked without a single mix-up.
      The allergy notes field actually gets read; my {#3-10} nut-free orders have all been right.
      Live tracking was accurate to the minute.
      The subscription pays for itself after about {#3-5} orders a month.
    bad:
      My [burger|curry|pizza] arrived [upside down|crushed|leaking through the bag], {#40-70} minutes after the estimate.
      The driver asked me to come down {#4-10} floors because they "couldn't park".
      Support closed my chat before answering, {#2-3} times in a row.
      The promo code vanished at checkout and I paid {$6-15} more than the price shown.
      My order arrived {#30-90} minutes late and stone cold.
      The app said "delivered" while the driver was still {#2-6} miles away.
      Half my order was missing and support offered a {$2-5} credit on a {$30-70} order.
      Fees added {$8-18} to a {$20-35} meal.
      The driver left the food at the wrong building and never answered the chat.
      My refund request sat "under review" for {#4-10} days.
      They cancelled my order after {#40-70} minutes of waiting, with no explanation.
    meh:
      Great restaurant selection, but delivery times range from {#20-30} to {#60-90} minutes.
      Fees are high, but the convenience is hard to give up.
      Usually accurate; when it isn't, getting a refund is a chore.
    wish: show all fees up front | fix the delivered-too-early status | give real refunds for missing items | let us rate restaurants and drivers separately | bring back the {feature}
    alt: the other delivery apps | calling the restaurant directly | picking food up myself
    moment: on a Friday night | during a rainstorm | at lunch rush | on my last order
    """#)
}
