/// Phrase banks for software products: mobile apps, web apps, SaaS tools, games.
extension DomainBank {
    static let mobileApp = PhraseBank(name: "mobile_app", source: #"""
    thing: share button <responsive, easy to find / broken, hidden> | date picker <quick, intuitive / fiddly, buggy> | search bar <quick, accurate / slow, useless> | sign-in code <instant, reliable / late, expired> | profile photo upload <quick, smooth / broken, slow> | calendar view <clear, tidy / cluttered, slow> | settings toggle <easy to find, clearly labelled / buried in a menu, broken> | backup option <reliable, automatic / broken, hidden> | chart screen <clear, responsive / cluttered, slow> | photo attachment <quick, reliable / broken, slow> | tag filter <handy, accurate / broken, confusing> | streak counter <motivating, accurate / wrong, reset for no reason> | reminder sound <pleasant, gentle / jarring, silent> | password reset link <instant, working / late, expired> | payment screen <quick, secure / glitchy, confusing> | language setting <easy to find, thorough / buried in a menu, half-translated> | undo button <handy, reliable / missing, broken> | font size option <handy, easy to find / missing, buried in a menu> | Android widget <handy, reliable / broken, stale> | lock-screen notification <timely, clear / late, spammy> | help chat <quick, helpful / slow, useless> | tutorial video <clear, short / long, outdated> | sort order <sensible, remembered / random, reset every time> | export button <handy, reliable / broken, hidden>
    scene_thing: {thing} | onboarding screen <short, clear / long, confusing> | share sheet <quick, tidy / slow, cluttered> | photo picker <quick, smooth / slow, glitchy> | tab bar <tidy, intuitive / cluttered, confusing> | pull-to-refresh <snappy, reliable / laggy, broken> | search filter <handy, accurate / broken, hidden> | sign-out button <easy to find, clear / hidden, broken> | night theme <easy on the eyes, polished / patchy, glaring> | swipe gesture <smooth, intuitive / laggy, unpredictable> | badge count <accurate, helpful / wrong, stuck>
    it: the app | this app | {@brand} | {@brand}
    brand: {brand_word}[ly|ify| App| Go| Pocket|io|Hub]
    noun: app
    stint: I've been using {it} [daily|most days|every morning] for [about|roughly|almost] {#2-14} months | I installed {it} {#2-9} weeks ago [on my {phone}|after switching phones] | I've had {it} on my {phone} since [version|v]{#2-5}.{#0-9}
    phone: iPhone {#11-15} | Pixel {#6-9} | Galaxy S{#21-24} | older Android phone | iPad
    purpose: to track [my spending|workouts|my kids' schedules|habits] | for [work notes|grocery lists|my commute] | to [split bills with roommates|plan meals|learn Spanish]
    persona: a [nurse on night shifts|busy parent of {#2-3}|grad student|delivery driver|small business owner] who lives on [my|their] phone | someone who uses [dozens of|a lot of] apps a day
    aspect: onboarding flow | login screen | search | sync | battery usage | notification system | home screen | settings menu | offline mode | widget | dark theme | subscription page | update cycle | navigation bar | loading time
    feature: offline sync | home-screen widget | Face ID login | dark mode | weekly summary | reminder system | barcode scanner | list sharing | export to CSV option | Apple Watch support
    staff: support agent | developer | community moderator
    adj_good: fast | smooth | intuitive | snappy | clean | reliable | well designed
    adj_bad: buggy | sluggish | confusing | cluttered | unreliable | laggy | half-finished
    good:
      It opens in under {#1-2} seconds, even on my {phone}.
      Onboarding took about {#2-4} minutes and [never asked for anything it didn't need|explained every permission it asked for].
      Sync between my {phone} and my laptop is [instant|near-instant], even with {#200-900} items.
      Battery drain is [minimal|barely noticeable], around {#1-4}% over a full day.
      The {#3}.{#0-9} update fixed the [one crash I used to get|sluggish scrolling] and added the {feature}.
      I emailed support about a [sync glitch|login issue] and had a [helpful|detailed] reply within {#2-6} hours.
      Offline mode saved me on a {#2-9}-hour flight with no Wi-Fi.
      [Notifications|Reminders] are [useful rather than spammy|easy to fine-tune per list].
      The interface is clean and I found every setting in [seconds|under a minute].
      It hasn't crashed once in {#3-11} months of daily use.
    bad:
      It crashes [every time I|whenever I try to] [open the camera|attach a photo|switch accounts][ on my {phone}|].
      Since the {#3}.{#0-9} update, [sync takes|loading takes] {#10-45} seconds instead of {#1-3}.
      Onboarding forces you through {#6-12} screens and [a paywall|an account signup] before you see anything.
      It drained {#15-35}% of my battery in an afternoon[ running in the background|].
      Push notifications arrive [hours late|{#2-5} times for the same thing|at 3 am].
      I lost {#20-200} [entries|notes|items] when sync failed and nothing restored them.
      The subscription [renewed without warning|is {$5-15} a month for basics that used to be free].
      Support took {#5-14} days to answer and [sent a canned reply|asked me to reinstall].
      The login screen [logs me out daily|loops back to itself] after I enter my code.
      Ads pop up every {#2-5} taps, [sometimes full-screen|even on the paid tier].
    meh:
      It does the basics well, but the {#3}.{#0-9} update moved [half the buttons|the search bar] for no clear reason.
      Sync works most of the time, [though I've had to force it {#2-4} times|with the odd duplicate entry].
      The free tier is generous; the {$3-12}/month plan adds little beyond the {feature}.
    wish: add a proper {feature} | fix the crash on [launch|photo upload] | stop moving buttons around with every update | let us export our data | make dark mode follow the system setting | cut the onboarding down to a screen or two
    alt: the last app I used | the built-in [notes|calendar] app | a competitor I tried for {#2-6} weeks
    moment: [after|since] the last update | during a {#2-9}-hour trip | on my {phone} | in the first week
    """#)

    static let webApp = PhraseBank(name: "web_app", source: #"""
    thing: export button <quick, reliable / broken, greyed out> | filter panel <handy, quick / slow, confusing> | date range picker <quick, intuitive / fiddly, buggy> | comment thread <tidy, easy to follow / cluttered, confusing> | invite link <instant, reliable / expired, broken> | password reset email <instant, clear / late, missing> | file preview <quick, sharp / blank, slow> | activity feed <clear, up to date / cluttered, stale> | bulk edit tool <powerful, quick / slow, buggy> | tag manager <tidy, handy / clunky, confusing> | sidebar <tidy, collapsible / cluttered, stuck open> | print view <clean, tidy / broken, cluttered> | billing page <clear, honest / confusing, buried three menus deep> | API key page <clear, easy to find / confusing, hidden> | template gallery <varied, well made / thin, dated> | dark theme <easy on the eyes, polished / patchy, glaring> | autosave indicator <reassuring, accurate / wrong, stuck> | table view <quick, tidy / slow, cramped> | search index <quick, up to date / stale, slow> | sharing dialog <clear, quick / confusing, slow> | upload progress bar <accurate, smooth / stuck, jumpy> | two-factor prompt <quick, reliable / late, endless>
    scene_thing: {thing} | breadcrumb trail <clear, handy / wrong, missing> | notification bell <accurate, handy / noisy, stuck> | user menu <tidy, easy to find / cluttered, hidden> | keyboard shortcut list <handy, thorough / hidden, incomplete> | CSV download <quick, clean / broken, mangled> | column picker <handy, quick / fiddly, broken> | search box <quick, forgiving / slow, literal> | settings page <tidy, clear / cluttered, confusing> | session timeout <sensible, generous / aggressive, annoying> | help link <useful, well placed / broken, hidden>
    it: the web app | this site | the platform | {@brand} | {@brand}
    brand: {brand_word}[.io|Hub| Online|Desk|Works]
    noun: web app
    stint: I've used {it} [at work|for my side business] for [about|roughly] {#2-18} months | I signed up {#2-10} weeks ago[ on a free trial|] | our team of {#3-40} has been on {it} since [last spring|January|the beta]
    purpose: to manage [client projects|invoices|our content calendar] | for [team planning|online courses|booking appointments] | to [track orders|share files with clients]
    persona: a [freelance designer|project manager|teacher|bookkeeper|startup founder] | someone who spends {#4-9} hours a day in a browser
    aspect: dashboard | search | page load time | sign-up flow | editor | file upload | account settings | permission model | navigation | notification email | mobile layout | checkout page | help center
    feature: two-factor login | Kanban view | drag-and-drop upload | keyboard shortcut system | CSV import | calendar integration | real-time collaboration | audit log | single sign-on | browser notification support
    staff: support agent | account manager | developer
    adj_good: fast | intuitive | clean | responsive | reliable | well organised
    adj_bad: slow | clunky | confusing | buggy | unresponsive | cluttered
    good:
      The changelog is clear, and every release since {any_month} has fixed something I cared about.
      Shared links work for clients without accounts, which saves me {#5-10} emails a week.
      Pages load in under a second, even with {#200-5000} records on the dashboard.
      The editor autosaves every few seconds, which saved a {#2-6}-hour draft when my browser crashed.
      Importing {#500-9000} rows from a CSV took less than a minute and mapped every column correctly.
      It works the same in Chrome, Firefox and Safari, which is rarer than it should be.
      Live chat answered in about {#2-8} minutes and the agent actually fixed the problem.
      Keyboard shortcuts cover almost everything, so I barely touch the mouse.
      Setting up permissions for {#5-30} teammates took one afternoon.
      The help center articles are current and have screenshots that match the actual UI.
    bad:
      Two-factor codes arrive {#2-5} minutes late, so I'm locked out half the time.
      The import silently dropped {#30-400} rows and nothing in the UI said so.
      A {staff} told me the bug was "on the roadmap" {#3-9} months ago.
      The export produces a CSV with broken quotes that no spreadsheet can open.
      The dashboard takes {#8-30} seconds to load once you pass a few hundred records.
      File uploads over {#20-100} MB fail silently with no error message.
      I was logged out mid-edit and lost about {#20-60} minutes of work.
      The mobile layout is [broken|unusable]: buttons overlap and the menu won't close.
      Search only matches exact titles, so finding anything older than {#2-6} weeks is a chore.
      Notification emails arrive {#2-12} hours late, [if at all|or twice].
      Support closed my ticket after {#3-9} days without a fix.
      The redesign buried [the export button|account settings] {#3-5} clicks deep.
    meh:
      The core features are solid, but the redesign added {#3-6} extra clicks to common tasks.
      It's fast on desktop; on a phone it's [usable at best|a struggle].
      Pricing went from {$8-15} to {$18-30} per seat, and I'm not sure the new features justify it.
    wish: speed up the dashboard | improve the {feature} | fix the mobile layout | make search match partial words | keep sessions alive while we're editing | warn before a failed upload
    alt: the spreadsheet we used before | a competitor we trialled | our old in-house tool
    moment: during a client demo | on a Monday morning | right after the redesign | in the middle of month-end
    """#)

    static let saas = PhraseBank(name: "saas", source: #"""
    thing: permissions screen <clear, granular / confusing, coarse> | usage report <accurate, detailed / wrong, late> | billing invoice <clear, accurate / wrong, confusing> | webhook log <detailed, searchable / empty, truncated> | API token page <clear, secure / confusing, hidden> | user directory <tidy, searchable / stale, slow> | import wizard <quick, forgiving / fussy, broken> | field mapper <smart, quick to configure / clunky, confusing> | workflow builder <powerful, intuitive / clunky, buggy> | alert rule <flexible, reliable / noisy, silently failing> | data retention setting <clear, flexible / buried, locked behind a higher tier> | SAML config <well documented, straightforward / undocumented, fragile> | seat counter <accurate, clear / wrong, inflated> | audit export <complete, quick / incomplete, slow> | sandbox reset <quick, reliable / slow, broken> | status page <honest, up to date / stale, misleading> | onboarding checklist <clear, sensible / generic, pointless> | template library <varied, well made / thin, outdated> | Slack alert <timely, clear / noisy, late> | scheduled export <reliable, on time / silently failing, late> | CSV template <clear, well documented / undocumented, inconsistent> | role editor <flexible, clear / clunky, confusing>
    scene_thing: {thing} | admin dashboard <clear, tidy / cluttered, slow> | license page <clear, accurate / confusing, wrong> | usage alert <timely, accurate / late, noisy> | changelog <detailed, honest / vague, out of date> | SSO login <quick, reliable / flaky, slow> | invoice PDF <clean, accurate / wrong, broken> | webhook retry <reliable, predictable / flaky, silently failing> | team invite <instant, simple / expired, lost> | API rate limit <generous, clearly documented / stingy, opaque> | permissions matrix <clear, granular / baffling, coarse>
    it: the platform | this tool | the software | {@brand} | {@brand}
    brand: {brand_word}[ HQ|Stack|Flow| Cloud|Base]
    noun: tool
    stint: our team of {#4-60} has used {it} for [about|just over] {#3-24} months | we rolled {it} out to {#2-6} departments last [quarter|year] | I administer {it} for a company of {#20-400} people
    purpose: to run [our sales pipeline|customer support|sprint planning|payroll] | for [internal documentation|reporting|onboarding new hires] | to [automate invoicing|track OKRs]
    persona: an [operations lead|IT admin|engineering manager|head of support] | the person who picked {it} for our [team|company]
    aspect: onboarding | admin console | API | reporting | permission system | integration with Slack | billing portal | search | dashboard | data import | SSO setup | uptime | pricing tier | mobile companion app
    feature: Salesforce integration | SSO with Okta | REST API | custom dashboard builder | workflow automation | audit log | role-based access control | report scheduler | Zapier connector | sandbox environment
    staff: customer success manager | support engineer | account executive | solutions engineer
    adj_good: robust | flexible | well documented | intuitive | dependable | powerful
    adj_bad: clunky | opaque | brittle | overpriced | confusing | unreliable
    good:
      Onboarding took {#2-5} days, and our customer success manager ran {#2-4} training sessions for the team.
      The API is well documented; I had a working integration in {#2-6} hours.
      Uptime has been excellent: one {#5-20}-minute incident in {#6-18} months, with a clear status page update.
      Automated workflows replaced about {#5-15} hours a week of manual copy-paste.
      SSO with our identity provider took {#20-60} minutes to set up.
      Reports that used to take a morning now refresh every {#5-30} minutes on their own.
      A support engineer joined a call within the hour when our import failed and fixed the mapping.
      Adding {#10-80} new users was a CSV upload and two clicks.
    bad:
      A silent change to the API broke our integration on a [Friday night|Monday morning] with no changelog entry.
      Exporting our own data requires a support ticket and takes {#3-7} days.
      The "unlimited" plan turned out to cap automations at {#500-2000} runs a month.
      Our account manager changed {#3-4} times in a year and nobody read the handover notes.
      The admin console hides basic settings {#3-5} menus deep.
      Our renewal quote went up {#20-60}% with no new features we use.
      The API rate limit of {#60-300} requests a minute makes a full sync take all night.
      Reports time out once you pass {#10-50} thousand rows.
      We had {#2-5} outages during business hours last quarter and learned about them from our users.
      Support tickets sit for {#3-8} days before anyone replies.
      SSO is locked behind the enterprise tier at {$30-70} per seat.
      The Slack integration posts duplicates about {#2-4} times a day.
    meh:
      It does what we need, but the learning curve cost us a few weeks.
      Reporting is powerful once set up; getting there took {#2-4} calls with support.
      Pricing is fair at {#10-30} seats and steep beyond that.
    wish: make SSO available on every tier | raise the API rate limit | speed up large reports | surface basic settings in the admin console | publish an honest status page | improve the {feature}
    alt: the spreadsheet process we replaced | the tool we migrated from | a competitor we evaluated last year
    moment: during our quarterly close | in the first month | after the last pricing change | during a busy launch week
    """#)

    static let game = PhraseBank(name: "game", source: #"""
    thing: inventory screen <tidy, intuitive / clunky, cluttered> | skill tree <deep, rewarding / shallow, confusing> | mini-map <clear, handy / cluttered, useless> | quest log <clear, well organised / confusing, cluttered> | fast travel system <handy, generous / clunky, stingy> | day-night cycle <gorgeous, atmospheric / jarring, too fast> | photo mode <powerful, gorgeous / basic, buggy> | loot table <generous, fair / stingy, unfair> | stamina bar <fair, well tuned / punishing, badly tuned> | dodge roll <responsive, satisfying / sluggish, unreliable> | camera <smooth, well placed / clunky, erratic> | checkpoint system <fair, generous / unfair, stingy> | lobby <quick, lively / slow, empty> | voice chat <clear, reliable / crackly, broken> | party finder <quick, reliable / slow, broken> | character creator <deep, fun / shallow, limited> | crafting menu <intuitive, tidy / clunky, confusing> | difficulty setting <fair, flexible / punishing, locked> | subtitle option <clear, thorough / tiny, out of sync> | weapon wheel <responsive, intuitive / fiddly, laggy> | ranked ladder <fair, rewarding / unfair, grindy> | daily quest <rewarding, varied / grindy, repetitive>
    scene_thing: {thing} | pause menu <clean, quick / cluttered, slow> | map marker <accurate, handy / wrong, missing> | save slot <reliable, plentiful / corrupted, scarce> | loadout screen <tidy, intuitive / clunky, confusing> | tutorial prompt <clear, well timed / intrusive, endless> | hit marker <satisfying, clear / delayed, unreliable> | leaderboard <fair, motivating / full of cheaters, broken> | emote wheel <fun, responsive / fiddly, laggy> | mount <fast, fun / sluggish, buggy> | boss arena <gorgeous, well designed / cramped, unfair>
    it: the game | this game | {@brand} | {@brand}
    brand: [Shadows of|Legends of|Echoes of|Crown of] {brand_word}
    noun: game
    stint: I've put about {#20-400} hours into {it} | I've played {it} [most evenings|on weekends] for {#2-10} months | I picked {it} up at launch and I'm {#20-150} hours in
    purpose: to unwind after work | for co-op nights with friends | for [ranked matches|the story|speedrunning]
    persona: a [lifelong RPG fan|casual player|competitive shooter player|parent who plays after bedtime] | someone who [plays on a mid-range PC|mostly plays on Switch|streams a few nights a week]
    aspect: story | combat system | frame rate | matchmaking | level design | soundtrack | voice acting | progression system | microtransaction shop | server stability | tutorial | boss design | co-op mode | save system
    feature: cross-platform play | photo mode | new raid | crafting system | ranked mode | level editor | controller support | open-world map | season pass | local co-op
    staff: community manager | developer | game master
    adj_good: gorgeous | tight | satisfying | inventive | polished | memorable
    adj_bad: grindy | janky | broken | unbalanced | repetitive | unfinished
    good:
      It holds a steady {#60-144} fps on my mid-range PC with everything on high.
      The main story took me about {#25-70} hours and never felt padded.
      Matchmaking finds a game in under {#15-60} seconds, even late at night.
      The final boss took me {#4-20} tries and every loss felt fair.
      Patch {#1}.{#1-9} fixed the [save corruption|balance issues] within {#3-10} days of launch.
      The soundtrack is good enough that I listen to it outside the game.
      Co-op with {#2-3} friends is the most fun I've had in a game this year.
      There's no pay-to-win: everything in the shop is cosmetic.
    bad:
      The last patch nerfed my main build into the ground after I'd spent {#20-60} hours on it.
      Cheaters ruin about one in {#3-6} ranked matches and reports go nowhere.
      The PC port ignores my controller half the time and the key bindings reset on every launch.
      Half the map is locked behind a {$15-30} expansion that wasn't mentioned at launch.
      It crashes to desktop every [hour or so|couple of hours|few hours], [usually|always] during [cutscenes|boss fights].
      Matchmaking regularly takes {#3-10} minutes and then pairs me with players far above my level.
      The frame rate drops to {#15-30} fps in busy areas, even on low settings.
      Progression slows to a crawl after level {#20-50} unless you buy boosters.
      A {$10-25} skin pack shouldn't exist in a {$60-70} game.
      I lost {#5-40} hours of progress to a corrupted save with no cloud backup.
      Servers went down {#2-5} times during the launch weekend.
      The tutorial explains nothing about [crafting|the skill tree|ranked rules].
    meh:
      The first {#10-20} hours are fantastic; the endgame is a grind.
      Gorgeous world, thin story.
      Fun with friends, lonely solo.
    wish: add cloud saves | fix the crashes | tone down the grind after level {#20-50} | improve matchmaking | remove the paid boosters | improve the {feature}
    alt: the previous game in the series | other games in the genre | the early access build
    moment: during the final boss | in ranked matches | on launch weekend | after the latest patch
    """#)
}
