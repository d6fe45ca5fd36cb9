/// Phrase banks for things people buy: online stores, hardware, food delivery.
extension DomainBank {
    static let ecommerce = PhraseBank(name: "ecommerce", source: #"""
    thing: product page | size chart | delivery estimate | return form | coupon field | wish list | order confirmation email | tracking link | gift message | review section | stock indicator | address form | payment page | live chat | refund status | bundle deal | loyalty points balance | shipping box | invoice | promo banner | filter menu | exchange option
    thing_good: accurate | clear | easy to use | generous | quick | well organised | honest
    thing_bad: wrong | confusing | missing | broken | misleading | out of date | impossible to find | stuck on pending
    scene_thing: {thing} | size filter | delivery note | returns label | product video | gift card | order history page | price alert | saved basket | delivery window | voucher email
    scene_thing_good: {thing_good} | handy | spot on | tidy | up to date
    scene_thing_bad: {thing_bad} | buggy | sloppy | inaccurate | expired
    it: the store | this shop | the site | {@brand} | {@brand}
    brand: {brand_word} [& Co|Goods|Market|Supply|Store]
    noun: store
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
    thing: power button | USB-C port | charging cable | trackpad | webcam | microphone | speaker grille | hinge | kickstand | carrying pouch | manual | companion app | firmware updater | status light | volume rocker | fan | battery indicator | Wi-Fi chip | headphone jack | rubber feet | screen coating | fingerprint sensor
    thing_good: sturdy | responsive | crisp | well built | reliable | quiet | accurate
    thing_bad: loose | flimsy | scratched | unresponsive | noisy | dead on arrival | wobbly | already failing
    scene_thing: {thing} | quick-start guide | power adapter | protective film | carry case | sleep button | screw cover | LED strip | stand | mounting bracket | dust cover
    scene_thing_good: {thing_good} | solid | snug | tidy | well finished
    scene_thing_bad: {thing_bad} | cheap | rattly | warped | creaky
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
    thing: delivery estimate | driver map | order summary | tip screen | promo code box | allergy note | drink order | side dish | sauce | receipt | restaurant menu | bag seal | refund button | support chat | delivery photo | address pin | substitution option | group order link | meal deal | scheduled slot | rating prompt | packaging
    thing_good: accurate | quick | easy to use | well sealed | spot on | clear | generous
    thing_bad: wrong | missing | cold | soggy | inaccurate | broken | leaking | ignored
    scene_thing: {thing} | cutlery request | delivery note | courier chat | tip slider | reorder button | ETA banner | insulated bag | napkin | condiment pot | rider photo
    scene_thing_good: {thing_good} | handy | tidy | thoughtful
    scene_thing_bad: {thing_bad} | late
    it: the delivery app | this service | the app | {@brand} | {@brand}
    brand: {brand_word}[Eats|Dash|Bite|Go]
    noun: delivery app
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
