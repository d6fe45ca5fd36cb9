/// What an advice conversation says, by the kind of goal (`AdviceTopic.Goal`): the
/// asker's opening with their situation and figures, a first answer that turns those
/// figures into concrete steps, and follow-up questions each paired with its answer
/// (`question :: answer`).
///
/// Facts are remembered per conversation (`{@hours}`, `{@budget}`, `{@weeks}`, …, set by
/// `AdviceFacts`) and every answer uses the figures the asker gave. `{@activity}` is the
/// asker's phrase, `{@your_activity}` the helper's, `{@the_object}` the thing worked on,
/// `{@skill}` what is practised, `{@situation}` (may be empty) where or how.
enum AdviceBank {
    static let shared = PhraseBank(name: "advice", source: #"""
    advice_open.project:
      {hi} I'm {@activity}{@situation_tail} and I'm not sure where to start. I have about {@budget} to spend and {@hours} hours a week, and I'd like it done within {@weeks} weeks.
      {hi} Can you help me with {@activity}{@situation_tail}? Budget is around {@budget}, I can put in {@hours} hours a week, and I'm hoping to finish in {@weeks} weeks.
      {hi} I've finally decided to get going on {@activity}{@situation_tail}. Realistically I have {@hours} hours a week and {@budget}. Is {@weeks} weeks enough?
    advice_answer.project:
      {@mind}{@hours} hours a week for {@weeks} weeks gives you about {@total_hours} hours, so plan a first version you can finish, not the ideal one. Week 1: write down what finished looks like for {@the_object} and the {@must} things it must have; everything else goes on a later list. Week 2: list what you need to buy, price each item, and keep the total under {@budget} with about {@spare} held back for surprises. After that, give each remaining step its own week.
      Start with a one-page plan for {@the_object}: what it's for, the {@must} must-haves, and the finish date {@weeks} weeks from now. {@mind}Split the {@budget} into materials, anything you need to hire or borrow, and {@spare} kept back. With {@hours} hours a week, book two fixed sessions of {@half_hours} in your calendar rather than waiting for free time, and make the first one a small step you can finish, such as measuring or buying the first item.
      The usual mistake with {@your_activity} is buying things before the plan is clear. This week, write down what {@the_object} involves, mark the {@must} things you can't do without, and price them against your {@budget}. {@mind}Next week, do the first physical step in one session. After week {@check_week}, compare what you've spent in time and money with the plan, and adjust the rest of the {@weeks} weeks.
    advice_qa.project:
      What should I do first this week? :: Write the plan for {@the_object} on one page: what finished looks like, the {@must} must-haves, and the order of the steps. Then do one small physical step, such as measuring or buying the first thing on the list, so you start moving and not just planning.
      What if I go over budget? :: Decide now which must-have you'd drop first, so the choice is made calmly. Keep the {@spare} reserve untouched until the last weeks and check spending against the list every Sunday; if one item runs over, pay for it from the reserve, not from the next step.
      How do I keep going if I fall behind? :: Cut scope, not sessions. If week {@check_week} shows you're behind, move one of the nice-to-haves to the later list. Two sessions of {@half_hours} a week will get the must-haves done in {@weeks} weeks; missing one is fine, but missing three in a row means the plan needs to shrink.
      Is {@weeks} weeks realistic? :: For a first version, yes: {@total_hours} hours is enough if you stick to the {@must} must-haves. The risk is adding ideas along the way, so put new ideas on the later list instead of starting them.
      How will I know it's on track? :: At the end of each week, ask two things: is the step you planned done, and is spending still within {@budget}? If both are true at week {@check_week}, you're on track; if not, shrink the plan then rather than at the end.

    advice_open.skill:
      {hi} I'd like to get better at {@skill}{@situation_tail}. I can manage about {@session} minutes a day, {@days} days a week. Where should I start?
      {hi} I'm a complete beginner at {@skill}{@situation_tail}. If I practise {@session} minutes a day, {@days} days a week, what can I realistically do in {@weeks} weeks?
      {hi} I keep trying to get into {@skill}{@situation_tail} and then giving up. I have {@session} minutes on {@days} days a week. How should I structure it?
    advice_answer.skill:
      {@session} minutes on {@days} days is about {@weekly_time} a week, which is plenty if every session has one aim. {@mind}Spend the first {@warm} minutes repeating something from last time, the middle on one new thing, and the last five minutes writing down what went wrong. Each Sunday, choose the aim for each session of the coming week. By week {@check_week} you should be able to do something with {@skill} that you couldn't at the start; if not, the aims are too big.
      First, find out where you are: try one small, real task with {@skill} today and note what stopped you. That list is your plan. {@mind}Work through it one item per session, {@days} sessions a week, and after {@weeks} weeks try a task twice as hard as today's to see how far you've come.
      Don't hunt for the perfect course: pick one beginner resource for {@skill} and finish it. At {@session} minutes a day, {@days} days a week, most beginner courses take around {@weeks} weeks. {@mind}Keep one small project going alongside it, so you use what you learn in the same week you learn it.
    advice_qa.skill:
      What should I practise first? :: The things you'll use most often. With {@skill}, that's the basic moves you repeat in almost every task; make them automatic before the clever parts. Spend {@warm} minutes of each session on them for the first two weeks.
      How will I know I'm making progress? :: Choose one small test you can do in five minutes and repeat it every two weeks. If the result is better by week {@check_week}, you're improving even on the days it doesn't feel like it.
      What if I miss a few days? :: Pick up where you left off and don't try to make up the minutes; a missed day costs little, but a double session often makes people stop. If you miss a whole week, shorten the sessions to {@warm} minutes for a few days to get the habit back.
      Should I take a class or teach myself? :: If you'll keep to {@days} days a week on your own, teach yourself from one good resource. If you've started and stopped before, a class with a fixed time and other people is worth paying for, at least for the first {@weeks} weeks.
      What should I do when I get stuck? :: Write down exactly what you tried and where it went wrong, then try a smaller version of the same problem. If you're still stuck after one session, ask someone further along with {@skill}; explaining the problem often shows you the gap.

    advice_open.money:
      {hi} I need help with {@activity}{@situation_tail}. I'd like to have {@target} in {@months} months, but right now I only put aside about {@current} a month.
      {hi} I'm {@activity}{@situation_tail}. My goal is {@target} within {@months} months, and at the moment I save roughly {@current} a month. Is that realistic?
    advice_answer.money:
      For {@the_object}, {@target} in {@months} months means {@monthly} a month, so you need about {@gap} a month more than the {@current} you save now. {@mind}Step 1: go through last month's bank statement and mark the three biggest costs you could change. Step 2: set up an automatic transfer of {@monthly} to a separate account on payday, so the money moves before you can spend it. Step 3: check after three months; if you're behind, either extend the deadline or find the rest of the {@gap}.
      It's realistic for {@your_activity} if you close a gap of about {@gap} a month: {@target} over {@months} months is {@monthly} a month, against the {@current} you manage now. {@mind}Find the gap in your three biggest flexible costs, which are usually food, subscriptions and transport, then automate the {@monthly} on the day you're paid. By month {@third_month} you should have about a third of the {@target}.
    advice_qa.money:
      Where can I find the extra {@gap} a month? :: Start with the three biggest flexible costs; food, subscriptions and transport are the usual ones, and trimming each by a third often covers most of the gap. Cancel anything you haven't used in the last month before cutting things you enjoy.
      Should I pay off debt first? :: If a debt charges more interest than your savings earn, pay that down first and then raise the transfer towards {@monthly}. Keep a small buffer of about a month's essential costs so a surprise bill doesn't go on a card.
      What if I have a bad month? :: Shrink the transfer that month rather than stopping it, and note the shortfall. Spread over the remaining months it's a small amount each month, and the {@months}-month plan still holds.
      Where should I keep the money? :: For a goal {@months} months away, keep it safe and easy to reach: a separate savings account with no fees and a decent rate. Keeping it apart from your everyday account also lets you see the progress.
      How do I stay motivated? :: Write the monthly balance next to where it should be: {@monthly} after month one, and about a third of {@target} by month {@third_month}. Seeing the line climb does more than any rule.

    advice_open.fitness:
      {hi} I want to start {@activity}{@situation_tail}. I can do {@days} sessions a week of about {@session} minutes. How should I begin?
      {hi} I'm {@activity}{@situation_tail} and I'm out of shape. I've got {@days} days a week, {@session} minutes each, for the next {@weeks} weeks. Where do I start?
    advice_answer.fitness:
      {@mind}With {@days} sessions of {@session} minutes for {@your_activity}, build up slowly: for the first two weeks keep every session easy enough that you could talk the whole way through, then add no more than about a tenth each week. Leave a rest day between sessions and write each one down, so you can see the trend over the {@weeks} weeks. If anything hurts sharply rather than aches, stop and rest it.
      Plan the {@weeks} weeks of {@your_activity} in three blocks. Weeks 1 to {@check_week}: {@days} easy sessions of {@session} minutes, just getting used to it. The middle weeks: make one session a week a little longer or harder. The last weeks: keep the routine and test yourself once. {@mind}Most beginners who stop do so because they start too hard, so the first block should feel almost too easy.
    advice_qa.fitness:
      How hard should the first sessions be? :: Easier than you think: finish each of the first few sessions feeling you could have done more. People who give up usually did too much in the first week, not too little.
      What if I miss a session? :: Carry on with the next one as planned; don't squeeze two into one day. Missing one of your {@days} sessions now and then costs very little over {@weeks} weeks.
      How will I know I'm improving? :: Repeat the same short test every two weeks, such as the same route or the same set, and note the time or how hard it felt. By week {@weeks}, the same effort should feel clearly easier.
      Should I change what I eat? :: Start with regular meals and enough water rather than a new diet. Have something light an hour or two before a session and a proper meal with some protein afterwards.
      I'm sore after the first week. Is that normal? :: Some muscle soreness a day or two after a new session is normal and fades as you adapt. Sharp pain, pain that gets worse during a session, or swelling is not: rest and get it checked.

    advice_open.event:
      {hi} I'm {@activity}{@situation_tail} and it's {@weeks} weeks away. I can spend about {@hours} hours a week on it. How should I prepare?
      {hi} Any tips for {@activity}{@situation_tail}? I have {@weeks} weeks and maybe {@hours} hours a week to get ready.
    advice_answer.event:
      For {@your_activity}, {@weeks} weeks at {@hours} hours a week is about {@total_hours} hours, enough if you use it in three phases. Until week {@check_week}, research: find out exactly what will be asked or expected, and write down the three things you most want to get across. {@mind}In the middle weeks, practise out loud, ideally with someone who will push back. In the last week, do one full rehearsal, get everything you need ready the day before, and rest.
      Start {@your_activity} with the facts: the format, who decides, and what they care about. Then write your three main points with one example or number each. {@mind}With {@hours} hours a week, spend one session researching and one practising out loud, and from week {@check_week} do a timed run-through each week. Leave the final days for rest, not cramming.
    advice_qa.event:
      What should I do in the first week? :: Gather the facts: the format, who will be there and what they care about. Then write down the three points you most want to land, with one example or number for each.
      How do I handle nerves? :: Practice is the main cure: rehearse out loud at least three times before the day, once in front of someone. On the day, arrive early, breathe slowly before you start, and keep your three points written down.
      What if I'm asked something I can't answer? :: Say what you do know, say how you'd find out the rest, and offer to follow up. That's a better answer than a guess, and people remember it.
      How will I know I'm ready? :: When you can give your three points out loud without notes and answer the five hardest questions you can think of. Aim to be there a week before, which leaves the last of the {@weeks} weeks for rest and one rehearsal.
      What should I do the day before? :: Get everything you need ready, check the time and the route, do one relaxed run-through and stop. A good night's sleep is worth more than cramming.

    advice_open.habit:
      {hi} I need help with {@activity}{@situation_tail}. I've tried before and slipped back within a couple of weeks.
      {hi} I'm {@activity}{@situation_tail}, and it isn't going well. What actually works?
    advice_answer.habit:
      With {@your_activity}, start by watching rather than changing: for the next {@track_days} days, write down each time it happens, when, where and what came just before. Most people find two or three triggers account for most of it. {@mind}Then take the most common trigger, decide in advance what you'll do instead, and make the old option a little harder to reach. Aim to cut it by about {@percent}% over the first {@weeks} weeks rather than all at once.
      Willpower alone rarely lasts with {@your_activity}, so change the situation instead. {@mind}For {@track_days} days, note when and where it happens; then remove the easiest cue, such as moving the thing out of reach or out of sight, and plan one replacement for the most common moment. Check your notes each Sunday and aim for about {@percent}% less within {@weeks} weeks.
    advice_qa.habit:
      What if I slip? :: One slip isn't a relapse. Note what set it off, adjust the plan for that trigger, and carry on the next day. Judge the week as a whole: less than before is progress.
      How long before it gets easier? :: Usually a few weeks of repeating the new response to the same trigger. Expect the first {@weeks} weeks to take effort; by then the replacement should start to feel automatic.
      Should I tell people? :: Tell one or two people you trust and ask for something specific, such as not offering it to you or checking in weekly. A concrete favour helps more than general encouragement.
      What exactly should I track? :: Three things: when it happened, what came just before, and what you did instead. Review the notes each Sunday for the first {@weeks} weeks and change one thing at a time.

    advice_open.recommendation:
      {hi} Could you recommend {@a_thing}{@place_tail}? I've been going back and forth for ages.
      {hi} I'm looking for {@things} to try{@place_tail}. Where would you start?
      {hi} I always end up with the same {@things}. Any ideas for something new{@place_tail}?
    advice_answer.recommendation:
      Start from what you already like: name two {@things} you loved and one you didn't, and what made the difference. {@mind}From that, pick three to try{@place_tail}: one close to your favourite, one a step away from it, and one wildcard. Try them in that order and note after each what worked for you.
      A short list beats a long one. Think of the last {@thing} you really enjoyed and why, then choose three{@place_tail}: one like it, one a step further, one completely different. {@mind}{@sample_tip}
      Tell me what you usually go for and what you're in the mood for now, and the picks get much better. {@mind}Meanwhile, a simple rule: choose one {@thing} that people with your taste rate highly, one that has been a favourite for years, and one you'd never normally pick.
    advice_qa.recommendation:
      How do I know if it's worth it before I commit? :: {@sample_tip}
      What if I don't like any of them? :: That's still useful: it tells you what to avoid. Note what put you off in each, and the next three picks get much closer.
      Should I trust online ratings? :: Use them to rule things out, not to choose: read the three-star reviews, which say what is ordinary about {@a_thing}, and look for reviewers whose taste matches yours.
      How many should I try at once? :: One at a time, with a note after each; three in a week blur together and you lose what made one stand out.

    advice_open.decision:
      {hi} I'm {@activity}{@situation_tail} and there are far too many options. I'd like to decide within {@decide_days} days and spend no more than {@budget}.
      {hi} Can you help me with {@activity}{@situation_tail}? My limit is {@budget}, and I want to have decided in {@decide_days} days.
    advice_answer.decision:
      When {@your_activity}, decide what matters before you look at any options: write down three must-haves and two nice-to-haves, and treat {@budget} as a hard limit. {@mind}Then shortlist three candidates that meet every must-have, compare them on the same points side by side, and read their worst reviews, not their best. Give yourself the {@decide_days} days and stop there; after that, more research rarely changes the answer.
      Narrow the options for {@your_activity} down in two steps. First, cross off everything above {@budget} or missing one of your must-haves; that usually leaves three to five. {@mind}Then compare those few on the two things you'd notice every day, and check the return or cancellation terms. Decide by day {@decide_days}, and if two are still even, take the cheaper one.
    advice_qa.decision:
      How do I choose between the last two? :: Compare them on your must-haves only, then ask which one's weak point you'd mind less in a year. If it's still even, take the cheaper one and keep the difference.
      Should I just go for the cheapest? :: Only if it meets every must-have; the cheapest option that fails one usually costs more later. Stay under {@budget}, but don't treat it as a target.
      What if I regret it? :: Check the return or cancellation terms before you decide, and prefer options with a trial period. Most regret comes from paying for features you never use, which the must-have list protects against.
      Where do I find honest reviews? :: Look for reviews from people with needs like yours, written a few months after buying, and read the two- and three-star ones: they tell you what actually goes wrong.
    advice_open.study:
      {hi} I'm {@activity}{@situation_tail} and it's {@weeks} weeks away. I can study about {@hours} hours a week. How should I revise?
      {hi} Any tips for {@activity}{@situation_tail}? I've got {@weeks} weeks and around {@hours} hours a week, and I always run out of time.
    advice_answer.study:
      For {@your_activity}, {@weeks} weeks at {@hours} hours a week is about {@total_hours} hours, so spend them on what the exam will actually ask. {@mind}This week, list the topics on the syllabus and mark each one green, amber or red by how well you could answer a question on it today. Work on the reds first, in short sessions that end with a few questions from memory, and do one past paper a week under timed conditions from week {@check_week}.
      When {@your_activity}, reading notes again feels like work but sticks poorly; testing yourself sticks. {@mind}Split your {@hours} hours a week into sessions of about an hour: half on a weak topic, half answering questions on it without the notes, then checking. Come back to each topic a few days later and again a week later, and get through about {@papers} past papers before the day.
    advice_qa.study:
      Which topics should I start with? :: The ones you rated red that come up most often in past papers. Getting a weak, common topic to amber is worth more marks than polishing one you already know.
      How do I remember it all? :: Test yourself instead of rereading: close the notes and write or say what you remember, then check. Spacing helps too, so revisit each topic after a few days and again after a week.
      Should I do past papers now or at the end? :: Start them from week {@check_week}, one a week, timed. They show you the question style and where the marks go, and the mistakes you make become next week's revision list.
      What should I do the night before? :: A short look at your summary sheets, then stop. Pack what you need, check the time and the room, and sleep; a rested brain recalls far more than a crammed one.
      What if I panic when I see a hard question? :: Move on and come back to it: secure the marks you know first. When you return, write down anything related you do know; partial answers often earn marks.

    advice_open.trip:
      {hi} I'm {@activity}{@situation_tail}. We'll have about {@trip_days} days and a budget of {@trip_budget}. Where do I even start?
      {hi} Can you help me with {@activity}{@situation_tail}? It's {@trip_days} days, around {@trip_budget} all in, and I don't want to spend half of it getting from place to place.
    advice_answer.trip:
      For {@your_activity}, {@trip_days} days on {@trip_budget} is about {@per_day} a day once it's all added up, so fix the big costs first: travel there and back, then where you'll stay. {@mind}Pick one or two bases rather than moving every night; each move costs half a day. Choose three things you'd be sorry to miss, put them on separate days, and leave the rest of each day loose. Book the travel and the first nights about {@book_weeks} weeks ahead.
      Start {@your_activity} from the money and the map. {@mind}Take travel and accommodation out of the {@trip_budget} first; what's left, divided by {@trip_days}, is your daily budget for food, transport and tickets. Then pick no more than one base for every four or five days, and plan one main thing a day with a rest day in the middle.
    advice_qa.trip:
      How far ahead should I book? :: Travel and the first nights about {@book_weeks} weeks ahead, when prices are still reasonable; popular tickets and timed entries as soon as you know the day. Leave the rest flexible so you can follow the weather.
      How do I keep to the budget? :: Track spending against {@per_day} a day from the first day, not at the end. Eat your main meal at lunchtime, when set menus are cheaper, and buy a transport pass if you'll take more than two or three rides a day.
      What should I do about money and cards? :: Take one card with no foreign transaction fees and a backup kept separately, plus a little local cash for small places. Tell your bank your dates so the card isn't blocked.
      What if it rains? :: Keep one indoor plan for each base, such as a museum, a market hall or a long lunch, and swap days rather than cancelling. That's why it helps not to pin every day down.
      Is {@trip_days} days too short? :: Not if you stay put: two bases and one main thing a day is a full, unhurried trip. It's the moving around, not the number of days, that makes a trip feel short.

    advice_open.routine:
      {hi} I need help {@activity}{@situation_tail}. We've tried a few things and nothing sticks for more than a few nights.
      {hi} Any advice on {@activity}{@situation_tail}? Every evening turns into a battle, and we're all exhausted.
    advice_answer.routine:
      With {@your_activity}, what works most often is the same short routine at the same time, every day, so the steps themselves become the signal. {@mind}Choose three or four calm steps, keep them in the same order, and start them at the same time each evening. Change one thing at a time and give each change about {@track_days} days before you judge it; note each day what happened, so you can see the trend rather than the bad nights.
      Before changing anything about {@your_activity}, watch: for {@track_days} days, note the time things start, what happens just before, and how it goes. {@mind}Then pick one change, usually an earlier and more predictable start, and keep it the same every day, weekends included. Small, consistent steps work better than a big new plan, and progress tends to show after the first couple of weeks.
    advice_qa.routine:
      How long before it works? :: Often a week or two of doing exactly the same thing each day. Expect a rough few days at first; judge it on the notes over {@track_days} days, not on one bad night.
      What if one of us gives in? :: Agree the plan together beforehand, including what you'll both do when it gets hard, and write it down. Being consistent matters more than which rule you choose.
      Should we reward progress? :: Small, immediate praise for the step you want works better than big rewards later. Keep it about the effort, not the outcome.
      When should we get help? :: If nothing has changed after a few weeks of a steady routine, or if something seems wrong with health or mood, talk to your doctor or health visitor; it's what they are there for.

    advice_open.cooking:
      {hi} I'm stuck in a rut with what I cook{@food_tail}{@situation_tail}. I cook about {@days} evenings a week and have {@session} minutes at most. Any ideas?
      {hi} Can you give me some ideas for dinners{@food_tail}{@situation_tail}? Nothing fancy: {@days} nights a week, {@session} minutes or so, and I'd like a bit more variety.
    advice_answer.cooking:
      When {@your_activity}, build the week around methods rather than recipes, so dinners with {@ingredient} stop feeling the same every night. {@mind}Pick three you can do in {@session} minutes: a tray bake (everything on one hot tray), a stir-fry (high heat, a sauce at the end) and a one-pot dish with a tin of tomatoes or stock. Then change the flavour, not the method: lemon and herbs one night, garlic, ginger and soy the next, paprika and cumin after that.
      For {@your_activity} in {@session} minutes on {@days} nights, keep one simple plan: cook once, eat twice. {@mind}Make a double batch of something with {@ingredient} on the first night and turn the rest into a wrap, a salad or a soup two days later. Keep a few things in that make anything taste finished: a lemon, fresh herbs, a good stock, something crunchy such as toasted seeds.
    advice_qa.cooking:
      Can you give me a quick one to start with? :: A tray bake: {@ingredient} with sliced onions, peppers and potatoes, olive oil, salt and smoked paprika, in a hot oven at 220 °C for about 25 to 30 minutes, turning once. Squeeze a lemon over it at the end.
      How do I stop it being bland? :: Season in layers: salt at the start, something sharp at the end (lemon, vinegar or yoghurt), and fresh herbs just before serving. Browning properly in a hot pan adds more flavour than any sauce.
      How do I plan the week's shopping? :: Choose {@days} meals that share ingredients, write one list by aisle, and buy fresh things for the first half of the week only; the second half uses the freezer and the cupboard.
      What can I make ahead? :: Sauces, stews and marinades keep for three days in the fridge, and cooked grains for two. Cook them on the day you have most time and the busy evenings take ten minutes.

    advice_open.job:
      {hi} I'm {@activity}{@situation_tail} myself for the first time. I've set aside an afternoon and about {@parts} for parts. Where do I start?
      {hi} Can you talk me through {@activity}{@situation_tail}? I'd rather not pay someone if it's a simple job, and I have maybe {@job_hours} hours.
    advice_answer.job:
      For {@your_activity}, most of the work is preparation. {@mind}First make it safe: if water or power runs to it, turn that off and check that it's really off. Then find out how it comes apart: the make and model, usually on a label or stamped on the part, will find you the exact spare and a video of the job. Lay out a towel and a tray for the small parts, take a photo before each step, and buy the part before you start, so nothing is left half done. With {@job_hours} hours and {@parts} for parts, that's plenty for a first try.
      Start {@your_activity} by working out exactly what has failed, because that decides the part you need. {@mind}If water or power runs to it, shut that off first; then take it apart one piece at a time on a towel, photographing as you go, and compare the worn part with a new one in the shop. Most jobs like this need only a screwdriver, an adjustable spanner and a part of around {@parts}. Put it back together in the reverse order and test it before you tidy up.
    advice_qa.job:
      What tools do I need? :: Usually a screwdriver set, an adjustable spanner, a torch and a towel; sometimes pliers or an Allen key. Check the video for your exact model before you start, so you're not stopped halfway by a missing tool.
      What if it still doesn't work afterwards? :: Take it apart again and check the new part sits exactly as the old one did; a seal that's twisted or a part in the wrong way round is the usual cause. If it still fails, the fault is elsewhere, and that's the time to call someone in.
      When should I call a professional? :: If it involves gas, the mains wiring or a pipe inside a wall, or if water keeps coming after the supply is off, stop and call a qualified trade. Those are the jobs where a mistake costs far more than the call-out.
      How do I turn the water or power off? :: If it has a water supply, look for an isolation valve on the pipe just before it: a small screw you turn a quarter turn with a screwdriver. If there isn't one, turn off the main stopcock. For anything electrical, switch off its circuit at the consumer unit and check with a tester.

    advice_open.problem:
      {hi} I need some advice on {@activity}{@situation_tail}. I first noticed it about {@noticed_days} days ago and it hasn't got better on its own. What should I check first?
      {hi} I'm {@activity}{@situation_tail} and I'm not sure what's causing it. It started roughly {@noticed_days} days ago. Where do I begin?
      {hi} Any advice on {@activity}{@situation_tail}? I've tried a couple of things over the last {@noticed_days} days and nothing has helped so far.
    advice_answer.problem:
      With {@the_object}, find the cause before you try a fix, or you'll be guessing. {@mind}Write down when you first noticed it, what changed just before (the weather, a move, something new or something stopped), and whether it's getting worse, staying the same or coming and going. Then check the simple, common causes first, one at a time, and give each change about {@track_days} days before you judge it, so you know which one made the difference.
      Start by looking closely at {@the_object} and noting what you see, with dates: since it began about {@noticed_days} days ago, has it got worse, stayed the same, or been better on some days? {@mind}The pattern points to the cause: a sudden change usually follows one event, a slow decline something ongoing. Rule out the quick, cheap causes first and change one thing at a time. If it's getting worse fast, ask someone with real experience now rather than waiting.
      Don't try several fixes at once for {@the_object}; you won't learn which one worked. {@mind}First, list what changed in the week before you noticed it about {@noticed_days} days ago, because the cause is usually there. Then take the likeliest cause, change that one thing, and watch for about {@track_days} days, noting what you see each day. If nothing improves, move to the next cause on the list.
    advice_qa.problem:
      What should I check first? :: The things that are quick and cheap to rule out: anything about {@the_object} that changed just before it started, then the everyday basics around it. Check them one at a time and write down what you found, even when it's fine, so you don't check the same thing twice.
      How long should I wait before trying something else? :: Give each change about {@track_days} days unless things are clearly getting worse. Changing several things at once feels faster, but then you won't know what worked.
      When should I get expert help? :: If it's getting worse quickly, if there's any risk to health or safety, or if nothing has changed after two or three things you've tried. Bring your notes with dates; they save a specialist a lot of guessing.
      Could I have prevented it? :: Perhaps, but that can wait. Once {@the_object} is sorted, the notes you keep now will show you the early signs, so next time you catch it in the first few days rather than after {@noticed_days}.
      What if it comes back? :: Look at your notes for what was happening the time before, since a problem that returns usually has a cause that returns too. Keep whatever fixed it as a regular check for a while.

    mind.problem: Since you're dealing with this {@situation}, check first the causes that situation makes likely.
    mind.job: Since you're doing this {@situation}, plan the steps around it before you take anything apart.
    mind.cooking: Since you're cooking {@situation}, choose dishes that suit it and need little washing up.
    mind.study: Since you're doing this {@situation}, plan your sessions around the times that situation leaves you free.
    mind.trip: Since you're doing this {@situation}, let that decide your bases and the pace before anything else.
    mind.routine: Since you're doing this {@situation}, fit the routine to it rather than copying someone else's.
    mind.project: Since you're doing this {@situation}, measure and price everything for that from the start, not for an ideal setting.
    mind.skill: Since you're doing this {@situation}, pick material made for people in the same position.
    mind.money: Since you're doing this {@situation}, protect the essentials first and look for the savings elsewhere.
    mind.fitness: Since you're doing this {@situation}, choose sessions you can do without extra travel or equipment.
    mind.event: Since you're doing this {@situation}, rehearse in conditions as close to that as you can.
    mind.habit: Since you're doing this {@situation}, plan for the moments that situation makes hardest.
    mind.decision: Since you're doing this {@situation}, add what that needs to your must-haves.
    mind.recommendation: Since you're doing this {@situation}, keep to picks that suit it.
    """#)
}
