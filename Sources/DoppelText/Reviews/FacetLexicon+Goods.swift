/// Facets of shops and the things they sell: online stores and hardware.
extension FacetLexicon {
    static let ecommerce = """
    delivery / shipping ; fast, punctual, well tracked ; late, slow, untracked
    packaging ; sturdy, neat, minimal ; flimsy, crushed, excessive
    checkout ; quick, simple, secure ; clunky, confusing, slow
    *product photos ; accurate, detailed, honest ; misleading, blurry, flattering
    returns process ; easy, free, painless ; slow, costly, exhausting
    customer service / support team ; helpful, quick, friendly ; slow, rude, scripted
    *prices ; fair, competitive, honest ; inflated, misleading, steep
    website / online shop ; fast, clear, easy to search ; slow, cluttered, buggy
    *size guides ; accurate, clear ; useless, wrong
    order tracking ; accurate, live, clear ; frozen, wrong, useless
    *refunds ; quick, complete ; slow, partial, grudging
    stock information ; accurate, up to date ; wrong, outdated
    *product reviews ; honest, helpful ; fake-looking, useless
    *discount codes ; generous, easy to use ; broken, misleading
    gift wrapping ; neat, pretty ; sloppy, crushed
    *delivery slots ; flexible, plentiful ; limited, unreliable
    mobile site ; fast, tidy ; clunky, slow
    *payment options ; flexible, secure, plentiful ; limited, glitchy, restrictive
    loyalty scheme ; generous, simple, worthwhile ; stingy, confusing, pointless
    *order confirmations ; instant, clear, detailed ; late, vague, confusing
    *product descriptions ; detailed, accurate, honest ; vague, wrong, copied
    site search ; fast, accurate, forgiving ; useless, slow, literal
    *couriers / delivery drivers ; careful, polite, punctual ; careless, rude, late
    range / product range ; wide, well chosen, varied ; thin, patchy, limited
    *delivery fees ; fair, low, clearly shown ; steep, hidden, silly
    account page ; clear, tidy ; confusing, cluttered
    *email updates ; timely, clear ; constant, vague, spammy
    """

    static let hardware = """
    battery life ; excellent, long, dependable ; short, poor, disappointing
    build quality / construction ; solid, premium, sturdy ; flimsy, creaky, cheap
    screen / display ; sharp, bright, vivid ; dim, washed out, dull
    sound / audio ; rich, clear, balanced ; tinny, muddy, thin
    setup ; quick, simple, painless ; fiddly, long, confusing
    *buttons ; clicky, responsive, well placed ; mushy, loose, awkward
    firmware ; stable, regularly updated ; buggy, unstable, neglected
    charging ; fast, reliable ; slow, flaky
    Bluetooth connection ; stable, instant ; flaky, patchy, unreliable
    warranty service ; quick, fair, friendly ; slow, unhelpful, stingy
    companion app ; clean, useful, reliable ; buggy, bloated, useless
    design ; sleek, compact, elegant ; bulky, clumsy, awkward
    *speakers ; loud, clear, full ; tinny, distorted, quiet
    fit ; comfortable, secure, light ; painful, loose, tight
    *cables ; sturdy, long enough ; flimsy, short
    keyboard ; comfortable, quiet, precise ; cramped, mushy, loud
    camera ; sharp, quick ; grainy, slow
    *fans ; quiet, effective ; loud, whiny
    packaging ; sturdy, recyclable ; flimsy, wasteful
    *ports ; plentiful, well placed ; scarce, awkward, loose
    weight ; light, well balanced ; heavy, lopsided
    charger ; compact, fast ; bulky, slow
    finish ; premium, tough ; scratchy, cheap, smudgy
    *software updates ; regular, stable ; rare, buggy
    """
}
