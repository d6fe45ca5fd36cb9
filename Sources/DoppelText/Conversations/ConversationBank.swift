/// Conversation phrases: per support problem, what the customer says and how
/// the assistant answers, move by move; and a general advice script.
///
/// Facts stay fixed through a conversation with `{@…}` (`{@ref}`, `{@amount}`,
/// `{@date}`, `{@email}`, `{@product}`, `{@item}`, `{@plan}`).
enum ConversationBank {
    static let shared = PhraseBank(name: "conversations", source: #"""
    ref: {ref_prefix}-{#10000-99999}
    ref_prefix: ORD | BK | INV | ACC | REF | CS
    amount: {$12-280}
    date: {month} {#2-27}
    day: Monday | Tuesday | Wednesday | Thursday | Friday | Saturday | Sunday
    month: January | February | March | April | May | June | July | August | September | October | November | December
    email: {first_lower}.{last_lower}@[gmail.com|outlook.com|icloud.com|yahoo.com]
    first_lower: maria | james | priya | tom | aisha | daniel | mei | carlos | fatima | liam | sofia | noah | omar | grace | lucas | elena
    last_lower: garcia | smith | patel | nguyen | okafor | rossi | kim | johnson | haddad | silva | brown | moreau | lopez | chen | wilson
    days_n: {#3-10}
    hi: Hi! | Hello. | Hi there! | Hey! | | |
    thanks_user: Thanks, that's really helpful. | Great, thank you. | Okay, thanks for sorting that out. | Perfect, thanks.
    empathy: I'm sorry about that | Sorry for the trouble | I understand how frustrating that is | Thanks for flagging this | I'm sorry this happened
    ask_id: Could you share your {order_word} number and the email on the account? | Can you give me the {order_word} reference so I can look it up? | Could you confirm the email address on your account and roughly when this happened?
    give_id: Sure, it's {@ref} and my email is {@email}. | The reference is {@ref}; the account email is {@email}. | {@ref}, and the email is {@email}.

    open.billing: {hi} I was charged {@amount} twice for my {@plan} on {@date}. Can you help? | {hi} My latest invoice is {@amount}, but my {@plan} should cost less than that. What happened? | {hi} There's a charge of {@amount} from {@product} on my card that I don't recognise.
    fix.billing: Thanks. I can see the duplicate charge of {@amount} on {@ref}; it came from a payment retry on {@date}. I've refunded the extra {@amount}, and it should be back on your card within {days_n} business days. | Thanks. The difference on {@ref} comes from a plan change that was billed pro rata on {@date}. I've corrected it and issued a credit of {@amount}, which will show on your next invoice.
    followup.billing: Will this happen again next month? | Can I get a corrected invoice for my records? | Why did the payment retry in the first place?
    answer.billing: It shouldn't: I've fixed the payment method on file, so next month's charge will go through once. I'll also add a note to your account. | Yes, I've emailed a corrected invoice to {@email}; it shows the credit as a separate line. | The first attempt timed out at the bank's end, and our system retried without checking that the first one had gone through. That's been reported to our billing team.

    open.refund: {hi} I'm still waiting for my refund of {@amount} for {@item}. It's been over two weeks. | {hi} I'd like a refund for {@item}; it isn't what I ordered. | {hi} You told me on {@date} that a refund of {@amount} was on its way, but nothing has arrived.
    fix.refund: Thanks. I can see the refund of {@amount} for {@ref} was approved but stuck in a manual review. I've pushed it through now; expect it on your original payment method within {days_n} business days. | Thanks. {@item} qualifies for a full refund. I've started it for {@amount} and emailed you a confirmation with reference {@ref}.
    followup.refund: Will I get the shipping cost back too? | Can you send the refund to a different card? | What should I do if it hasn't arrived by then?
    answer.refund: Yes, since the mistake was on our side, the original shipping cost is included in the {@amount}. | For security, refunds go back to the original payment method; if that card is closed, your bank will pass it on to your new one. | Reply to the confirmation email with {@ref} and I'll chase it with our payments team the same day.

    open.return: {hi} I want to return {@item} I bought on {@date}. How does that work? | {hi} {@item} doesn't fit. Can I exchange it for a different size? | {hi} I received {@item} but it's damaged. I'd like to send it back.
    fix.return: Thanks. {@item} is within the 30-day return window. I've emailed a prepaid return label to {@email}; drop the parcel at any drop-off point and we'll refund {@amount} once it's scanned. | Thanks. I've set up an exchange on {@ref}: we'll send the new size as soon as the return label is scanned, so you won't have to wait for the parcel to reach us.
    followup.return: Do I need the original packaging? | How long does the refund take after you receive it? | Can I return it in a store instead?
    answer.return: It helps, but it isn't required; any sturdy box will do as long as the item is protected. | Usually {days_n} business days after it's scanned at our warehouse, and you'll get an email when it's processed. | Yes, you can take it to any of our stores with the order number {@ref}; they'll refund you on the spot.

    open.delivery: {hi} My order {@ref} was supposed to arrive on {@date} and tracking hasn't moved since. | {hi} Tracking says my parcel was delivered, but there's nothing here. | {hi} Where is my order? It's {days_n} days late.
    fix.delivery: Thanks. The carrier shows {@ref} held at the local depot because of a missing flat number. I've added it, and they'll redeliver tomorrow between 9 am and 1 pm. | Thanks. The driver marked {@ref} delivered at a neighbouring address. I've opened a trace with the carrier and, to save you waiting, I've sent a replacement by express delivery.
    followup.delivery: Can I pick it up from the depot instead? | What happens if the first parcel turns up as well? | Will I get the delivery fee back?
    answer.delivery: Yes, bring photo ID and the reference {@ref}; the depot is open until 6 pm on weekdays. | Just let us know and we'll send a return label; you won't be charged twice. | Yes, I've refunded the delivery fee of {@amount}; you'll see it within {days_n} business days.

    open.account_access: {hi} I can't log in. The password reset email never arrives. | {hi} My account is locked after too many login attempts. | {hi} The verification code you send is always rejected.
    fix.account_access: Thanks. The reset emails were being blocked because {@email} had a typo on file. I've corrected it and sent a fresh link; it's valid for 30 minutes. | Thanks. I've verified your identity and unlocked the account; you can sign in now and I'd suggest setting a new password straight away.
    followup.account_access: How do I stop this happening again? | Can I turn on two-factor login with an app instead of texts? | Is my account safe? I'm worried someone tried to get in.
    answer.account_access: Keep your recovery email current in settings and add a backup method; if you get locked out again, the unlock link will go there. | Yes: go to Settings, Security, Two-factor login, choose Authenticator app, and scan the QR code with your app. | I checked the sign-in history: every attempt came from your usual device and location, so there's no sign of anyone else. Changing your password is still a good idea.

    open.onboarding: {hi} I just signed up for {@product}. What should I set up first? | {hi} We're rolling out {@product} to our team of {#5-40}. Where do we start? | {hi} I'm new to {@product} and a bit lost. How do I import my existing data?
    fix.onboarding: Welcome! I'd start with three things: invite your team from Settings, Members; import your data from a CSV under Settings, Import; and turn on notifications so nothing slips. The getting-started checklist on your dashboard walks you through each one. | Great question. First connect the integrations you already use, then create one project as a template, and invite a couple of colleagues to try it before everyone else. Most teams are up and running within a day.
    followup.onboarding: Can we import from a spreadsheet? | How do I set permissions so only managers can see billing? | Is there training for the team?
    answer.onboarding: Yes: Settings, Import, then upload the CSV; you'll map each column to a field and can preview the first rows before anything is saved. | Go to Settings, Roles, create a Manager role with Billing access, and assign it; everyone else keeps the default role without billing. | Yes, there are free live sessions twice a week and short videos in the help centre; I can also book a 30-minute call for your team.

    open.technical: {hi} {@product} keeps crashing when I open {@item}. | {hi} I get an error every time I try to save. It started on {@date}. | {hi} Everything has been really slow since the last update.
    fix.technical: Thanks. This is a known issue in the latest update that affects some accounts; the fix is rolling out today. Until then, signing out and back in clears the cached data that triggers it. | Thanks. I can see the errors on {@ref}: a file over the size limit is blocking the save. Removing or compressing it will let everything else save normally.
    followup.technical: Will I lose any of my work? | How will I know when the fix is out? | Is there anything I can do in the meantime?
    answer.technical: No, your data is stored safely on our side; only the unsaved change you were making when it crashed might be missing. | I've subscribed you to updates on this issue, so you'll get an email at {@email} as soon as it's fixed. | Yes: use the web version, which isn't affected, or roll back to the previous version from the app store page.

    open.cancellation: {hi} I want to cancel my {@plan}. | {hi} How do I close my account? I couldn't find the option. | {hi} Please cancel my subscription before the next renewal on {@date}.
    fix.cancellation: Thanks. I've cancelled your {@plan}; you'll keep access until the end of the current billing period and won't be charged again. A confirmation is on its way to {@email}. | Understood. Before I do, would a pause for up to three months help? If not, I've scheduled the cancellation for {@date} and you'll get a confirmation by email.
    followup.cancellation: Can I get a refund for the unused time? | What happens to my data? | Can I come back later and keep my settings?
    answer.cancellation: Our plans are billed in advance without partial refunds, but since you were charged only {days_n} days ago, I've made an exception and refunded {@amount}. | You can export everything from Settings, Export until the end of the period; after that it's kept for 30 days and then deleted. | Yes, your account stays restorable for 30 days, with all your settings intact.

    open.booking: {hi} I need to change my {order_word} {@ref} from {@date} to the following week. | {hi} Can I add one more person to my {order_word}? | {hi} My {order_word} confirmation never arrived.
    fix.booking: Thanks. I've moved {@ref} to the new date; there's a fare difference of {@amount}, which I've waived this time. Your updated confirmation is on its way to {@email}. | Thanks. I found {@ref}: the confirmation went to an old address. I've updated it to {@email} and re-sent everything.
    followup.booking: Can I still cancel for free if my plans change again? | Is breakfast included? | Can I choose my seat or room now?
    answer.booking: Yes, free changes are allowed up to 48 hours before the original date; after that a fee applies. | It's included with your rate; it's served from 7 to 10:30 every morning. | Yes: open {@ref} under Manage my {order_word} and choose from what's available; some options have a small fee.

    open.product_question: {hi} What's the difference between the {@plan} and the one above it? | {hi} Does {@product} work offline? | {hi} Can I share my account with my family?
    fix.product_question: Good question. The {@plan} covers the essentials; the next tier adds team sharing, priority support and higher limits, for {@amount} more a month. You can switch any time and pay the difference pro rata. | Yes, partly: recent items are available offline, and anything you change syncs as soon as you're back online.
    followup.product_question: Is there a discount for paying yearly? | Can I try the higher plan before committing? | Do you have a student discount?
    answer.product_question: Yes, paying yearly saves about two months' worth compared to monthly. | Yes, I can turn on a 14-day trial of the higher plan, and you'll drop back automatically unless you choose to stay. | Yes, students get 50% off with a valid university email.

    open.complaint: {hi} I want to complain about how I was treated on {@date}. | {hi} I'm really unhappy with the service I got. Nobody has answered my emails in a week. | {hi} The {staff} I spoke to was rude and hung up on me.
    fix.complaint: Thank you for telling us, and I'm sorry. That isn't the standard we expect. I've logged a formal complaint under {@ref}, and a team lead will review the call and contact you within {days_n} days. | I'm sorry you've been left waiting. I've found your emails and taken over the case myself, so you'll have one person to deal with from now on.
    followup.complaint: Will anything actually change? | Can I get some compensation? | Who can I contact if I'm not happy with the outcome?
    answer.complaint: Complaints are reviewed with the team involved and used in training; you'll be told the outcome of yours. | I've added a {@amount} credit to your account as an apology, and it will be used automatically on your next bill. | If you're not satisfied with the final response, you can escalate to our customer relations team, and I'll include the details in the confirmation email.

    purchase: the annual subscription | the add-on pack | the Pro upgrade | a year of premium
    purchase.ecommerce: a pair of running shoes | a wool jumper | a coffee grinder | a set of bedsheets | a desk lamp
    purchase.hardware: the wireless earbuds | a laptop stand | the smart speaker | a USB-C dock
    purchase.food_delivery: my dinner order | a family meal deal | a grocery order
    purchase.restaurant: a gift voucher | the deposit for a group dinner
    purchase.hotel: a two-night stay | the spa package | a room upgrade
    purchase.airline: a return ticket | an extra-legroom seat | a checked bag add-on
    purchase.car_rental: the extra insurance | a week's car rental | the child seat add-on
    purchase.bank: a card replacement fee | an overdraft fee
    purchase.insurance: the policy add-on | this year's premium
    purchase.telecom: the new router | a phone upgrade | the roaming add-on
    purchase.streaming: the annual subscription | a movie rental
    purchase.healthcare: a private consultation | the physiotherapy package
    purchase.education: the course fee | the exam voucher | the certificate fee
    purchase.fitness: the personal training pack | the annual membership
    plan: Pro plan | Premium plan | Standard plan | Family plan | Business plan
    plan.insurance: home policy | car policy | renters policy
    plan.telecom: unlimited plan | fibre plan | family plan
    plan.fitness: monthly membership | off-peak membership
    plan.bank: premium account | business account
    plan.education: course subscription | learning plan
    extra: Also, can you update the email on my account to {@email}? | One more thing: can I get that confirmation in writing? | While I have you, is there a phone number I can call next time? | Could you also check whether anything else on my account needs attention? | Sorry, one last question: how long will the confirmation take to arrive?
    extra_answer: Done: your account email is now {@email}, and you'll get a confirmation at the new address. | Of course, I've emailed a written summary to {@email} with the reference {@ref}. | Yes, our support line is open from 8 am to 8 pm on weekdays; quote {@ref} and they'll see this conversation. | I've checked, and everything else on your account looks fine. | It usually arrives within a few minutes; check spam if you don't see it within the hour.

    advice_open_qa: {hi} I'd like to get better at {@topic}. Where should I start? :: Good place to start: pick one small, concrete goal within {@topic}, practise a little every day, and check your progress weekly. Most beginners try to learn everything at once; narrowing down makes it stick. | {hi} Can you help me with {@topic}? I'm a complete beginner. :: Happy to help. Break {@topic} into three parts: the basics you need every time, the common situations you'll meet, and the skills that come with practice. Start with the basics and we'll go from there. | {hi} I have a question about {@topic}. What's the most common mistake people make? :: Skipping the fundamentals to get to the interesting part. A short, steady routine beats occasional long sessions.
    advice_followup_qa: How much time should I spend on it each week? :: Start with about {#2-4} hours a week in short sessions; consistency matters more than the total. | What resources would you recommend? :: Use one good structured source rather than many, and pair it with practice on real examples. Ask me for something specific and I'll suggest where to look. | How will I know I'm making progress? :: Set a small test for yourself every couple of weeks, something you couldn't do before, and note how it went. | What should I do when I get stuck? :: Write down exactly where you're stuck, try one simpler version of the problem, and if that doesn't work, ask: explaining it often shows the gap.
    """#)

    /// The word customers use for what they bought or booked, by product type.
    static func orderWord(_ type: ProductType?) -> String {
        switch type {
        case .hotel?, .restaurant?, .carRental?: return "reservation"
        case .airline?: return "booking"
        case .bank?, .telecom?: return "account"
        case .insurance?: return "policy"
        case .healthcare?: return "appointment"
        case .education?: return "enrollment"
        case .fitness?: return "membership"
        case .saas?, .webApp?, .mobileApp?, .streaming?, .game?: return "account"
        default: return "order"
        }
    }
}
