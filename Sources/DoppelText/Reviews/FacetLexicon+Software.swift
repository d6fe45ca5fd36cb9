/// Facets of software: mobile apps, web apps, SaaS, games, streaming.
extension FacetLexicon {
    static let mobileApp = """
    interface / design / layout ; clean, intuitive, tidy, pleasant to use ; cluttered, confusing, ugly, cramped
    sync / syncing between devices ; instant, reliable, seamless ; flaky, slow, broken, unreliable
    battery use / battery drain ; light, modest, barely noticeable ; heavy, excessive, brutal
    *notifications ; useful, timely, easy to tune ; spammy, late, relentless, useless
    search ; fast, accurate, forgiving ; slow, useless, broken
    onboarding / setup ; short, friendly, clear ; long, pushy, confusing
    offline mode ; dependable, complete, handy ; broken, half-finished, useless
    latest update / newest version ; stable, welcome, polished ; buggy, disastrous, rushed
    dark mode ; easy on the eyes, well done ; patchy, half-finished
    support team / help desk ; responsive, patient, helpful ; slow, scripted, unhelpful
    subscription ; fair, good value, transparent ; overpriced, sneaky, aggressive
    widget ; handy, clean, reliable ; broken, blank, useless
    login / sign-in ; quick, painless, secure ; flaky, slow, maddening
    startup time / launch time ; quick, snappy ; slow, sluggish, painful
    settings menu ; tidy, logical, thorough ; cluttered, confusing, buried
    home screen ; clean, useful ; cluttered, noisy
    *charts ; clear, pretty, informative ; cramped, confusing
    *privacy settings ; clear, sensible, generous ; buried, vague, confusing
    data export ; easy, complete ; broken, limited
    *ads ; rare, unobtrusive ; constant, loud, intrusive
    *in-app purchases ; optional, fairly priced ; pushy, pricey, endless
    accessibility support ; thoughtful, thorough ; patchy, an afterthought
    tablet version ; polished, roomy, well designed ; stretched, clumsy, neglected
    *reminders ; timely, gentle, useful ; nagging, late, unreliable
    free tier ; generous, usable ; crippled, stingy
    *animations ; smooth, subtle ; janky, slow, distracting
    *permissions requests ; sensible, minimal ; greedy, intrusive
    """

    static let webApp = """
    dashboard / home screen ; clear, fast, informative ; cluttered, slow, confusing
    editor ; smooth, responsive, powerful ; laggy, clumsy, buggy
    search ; fast, accurate, forgiving ; slow, inaccurate, useless
    page load time ; quick, snappy ; painfully slow, sluggish
    sign-up flow ; short, clear, painless ; long, pushy, confusing
    file upload ; fast, reliable, smooth ; flaky, slow, broken
    *permission settings ; clear, flexible, sensible ; baffling, rigid, confusing
    mobile layout ; clean, usable, tidy ; broken, cramped, unusable
    help centre ; thorough, clear, up to date ; outdated, thin, useless
    *notification emails ; useful, well timed ; spammy, late, endless
    navigation ; logical, clean, quick ; confusing, cluttered, inconsistent
    billing page ; clear, honest ; confusing, misleading
    autosave ; reliable, quick ; unreliable, broken
    *keyboard shortcuts ; handy, consistent, thoughtful ; missing, inconsistent
    *templates ; useful, polished ; dated, clunky
    collaboration ; smooth, real-time, reliable ; laggy, confusing, broken
    pricing ; fair, clear ; steep, confusing
    *integrations ; handy, reliable, plentiful ; flaky, limited, broken
    *reports ; clear, quick, useful ; slow, confusing, wrong
    *onboarding emails ; helpful, brief, friendly ; spammy, endless, vague
    *account settings ; clear, complete, easy to find ; buried, confusing, limited
    *error messages ; clear, helpful ; cryptic, useless, vague
    *exports ; clean, fast, accurate ; broken, slow, mangled
    layout ; clean, logical, uncluttered ; cluttered, cramped, confusing
    *browser extensions ; handy, light, reliable ; buggy, heavy, pointless
    *filters ; powerful, quick ; clumsy, limited
    undo history ; reliable, deep ; shallow, broken
    """

    static let saas = """
    onboarding ; smooth, well structured, quick ; painful, confusing, slow
    *integrations ; reliable, well documented, plentiful ; flaky, limited, brittle
    reporting ; flexible, clear, powerful ; rigid, slow, misleading
    admin console ; clear, powerful, well organised ; confusing, clunky, buggy
    API / developer API ; consistent, well documented, fast ; inconsistent, poorly documented, unreliable
    pricing ; fair, transparent, predictable ; opaque, steep, unpredictable
    uptime ; excellent, rock solid ; patchy, poor, erratic
    support team ; responsive, knowledgeable, patient ; slow, scripted, unhelpful
    account manager ; proactive, helpful, honest ; absent, pushy, unresponsive
    *permissions ; granular, sensible, clear ; rigid, confusing, coarse
    search ; fast, accurate ; slow, unreliable
    *release notes ; clear, honest, regular ; vague, sporadic, misleading
    data export ; easy, complete, fast ; clumsy, incomplete, broken
    *dashboards ; clear, fast, customisable ; slow, cluttered, rigid
    mobile app ; useful, stable ; clunky, crash-prone
    *workflows ; flexible, powerful ; rigid, brittle
    single sign-on ; smooth, reliable ; flaky, painful
    audit log ; thorough, searchable ; thin, useless
    *contract terms ; fair, flexible ; rigid, punishing
    *automations ; reliable, flexible, quick to build ; brittle, slow, fiddly
    *pricing tiers ; fair, transparent, flexible ; confusing, steep, punitive
    sandbox ; realistic, handy ; stale, broken
    *webhooks ; reliable, quick ; flaky, silent, delayed
    *training sessions ; practical, patient, thorough ; rushed, generic, thin
    migration ; smooth, well planned ; painful, botched, chaotic
    """

    static let game = """
    story ; gripping, moving, clever ; dull, predictable, confusing
    gameplay / combat ; tight, satisfying, addictive ; clunky, repetitive, frustrating
    *graphics ; gorgeous, crisp, detailed ; muddy, dated, glitchy
    soundtrack ; beautiful, memorable, atmospheric ; grating, forgettable, repetitive
    *servers ; stable, fast, reliable ; laggy, unstable, overloaded
    matchmaking ; fair, quick, balanced ; slow, unfair, broken
    *controls ; responsive, precise, intuitive ; sluggish, clumsy, unresponsive
    frame rate ; smooth, stable, steady ; choppy, unstable, poor
    *microtransactions ; optional, fair, unobtrusive ; aggressive, predatory, constant
    progression ; rewarding, fair, well paced ; grindy, punishing, tedious
    *loading times ; short, quick ; long, painful, endless
    community ; welcoming, helpful, friendly ; toxic, hostile, dead
    *patches ; regular, thoughtful, welcome ; rare, buggy, rushed
    *boss fights ; epic, fair, memorable ; cheap, tedious, unfair
    level design ; clever, varied, inventive ; bland, confusing, repetitive
    *characters ; likeable, well written, memorable ; flat, annoying, forgettable
    *side quests ; rewarding, varied ; pointless, tedious
    voice acting ; superb, natural ; wooden, flat
    *puzzles ; clever, satisfying, fair ; obtuse, tedious, repetitive
    *multiplayer modes ; lively, varied ; empty, broken, unbalanced
    open world / map ; vast, beautiful, alive ; empty, dull, samey
    ending ; moving, satisfying, earned ; rushed, abrupt, flat
    save system ; generous, fair ; punishing, buggy
    difficulty ; fair, well tuned ; brutal, uneven, cheap
    *cutscenes ; gorgeous, well directed ; long, unskippable, stiff
    """

    static let streaming = """
    catalogue / library / selection of films and shows ; huge, varied, excellent ; thin, stale, disappointing
    picture quality ; crisp, sharp, stunning ; blurry, grainy, choppy
    app ; fast, clean, reliable ; slow, buggy, cluttered
    *recommendations ; spot on, clever, useful ; random, repetitive, useless
    price ; fair, reasonable, good value ; steep, unjustified, creeping
    buffering ; rare, minimal ; constant, maddening, endless
    *subtitles ; accurate, well timed ; out of sync, sloppy, missing
    *downloads ; quick, reliable ; slow, broken, limited
    search ; quick, accurate ; clumsy, useless
    *original shows ; gripping, bold, well made ; forgettable, bland, cancelled too soon
    *profiles ; handy, well separated ; confusing, limited
    *ads ; rare, short ; constant, loud, intrusive
    *documentaries ; gripping, well made ; thin, dated
    sound quality ; rich, clear ; flat, muffled
    TV app ; smooth, quick ; clunky, slow
    *family controls ; simple, sensible ; confusing, weak
    offline viewing ; handy, reliable ; fiddly, limited
    *new releases ; plentiful, exciting ; thin, rare
    *trailers / previews ; short, handy ; autoplaying, loud, intrusive
    *kids' profiles ; safe, well curated ; leaky, thin
    *live channels ; stable, varied ; laggy, patchy
    *audio descriptions ; thorough, available ; missing, rare
    *download limits ; generous, sensible ; stingy, baffling
    """
}
