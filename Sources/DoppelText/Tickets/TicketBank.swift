/// Support ticket phrases: a subject and the parts of a body per category.
///
/// A category's `problem` alternatives are its cases; its `subject` alternatives are listed in
/// the order of those cases, an equal share each (two problems, four subjects: the first two
/// fit the first problem), and its `ask` alternatives one per case (`TicketGenerator.write`).
///
/// A body is `problem`, then `detail`, sometimes `tried` (`tried.<category>` where the customer
/// could try a fix first), then `ask` and a
/// sign-off. Category symbols are suffixed (`subject.billing`); domain banks
/// supply the nouns (`thing`, `aspect`, `feature`, `staff`) and `ref`. A ticket names one
/// feature, aspect, thing and reference (`{@…}`), so its subject and body speak of the same.
enum TicketBank {
    static let shared = PhraseBank(name: "tickets", source: #"""
    # a reference says what it refers to: an order, an invoice, an account, a booking, a claim, a policy
    # (`ref_<category>`, remembered as the ticket's `ref` when its category has one)
    ref: #{#10000-99999} | REF-{#1000-99999}
    ref_order_status: #{#10000-99999} | ORD-{#10000-99999}
    ref_delivery: #{#10000-99999} | ORD-{#10000-99999}
    ref_damaged_item: #{#10000-99999} | ORD-{#10000-99999}
    ref_billing: INV-{#10000-99999}
    ref_account_access: ACC-{#1000-99999}
    ref_cancellation: ACC-{#1000-99999}
    ref_reservation: BK-{#1000-99999}
    ref_special_request: BK-{#1000-99999}
    ref_booking_change: BK-{#1000-99999}
    ref_lost_item: BK-{#1000-99999}
    ref_claim: CLM-{#10000-99999}
    ref_policy_change: POL-{#10000-99999}
    amount: {$9-240}
    day: Monday | Tuesday | Wednesday | Thursday | Friday | Saturday | Sunday
    date: {month} {#1-28}
    # before the ticket was written, whatever its date: relative, never a calendar day that may fall after it
    when: last {day} | yesterday | this morning | {#2-6} days ago | last week
    when_since: last {day} | yesterday | the weekend | the last update
    month: January | February | March | April | May | June | July | August | September | October | November | December
    greeting: Hi, | Hello, | Hi there, | Hello support team, | Good morning, | To whom it may concern,
    signoff: Thanks, | Thank you, | Kind regards, | Best, | Thanks in advance, | Regards,
    tried: I [called|chatted with] your support team {when}, but [the call dropped|nothing was resolved|I was told to email instead]. | This is my {ordinal} message about this.
    # what a customer tries on their own, only where a fault is theirs to work around
    tried.technical_issue: {tried_fix} | {tried}
    tried.account_access: {tried_fix} | {tried}
    tried.outage: I've already [restarted the router|checked the cables|tried a different device], [but nothing changed|with no luck|and it didn't help]. | {tried}
    tried_fix: I've already [tried logging out and back in|restarted everything|cleared my cache|checked the FAQ|tried a different device], [but nothing changed|with no luck|and it didn't help].
    ordinal: second | third | fourth
    urgency.urgent: This is urgent: [I can't work until it's fixed|it's affecting my clients right now|I need this sorted today].
    urgency.high: I'd appreciate a quick reply[ as this is time-sensitive|, this is blocking me].
    urgency.medium: [Please let me know what you find.|Happy to provide more details.]
    urgency.low: [No rush, but|Whenever you get a chance,] I'd like to get this sorted.

    subject.technical_issue: {@feature} not working since {@when_since} | Error when using the {@feature} | {@feature} stuck on the {@thing} | Problem with the {@thing} ({@ref})
    problem.technical_issue: Since {@when_since}, the {@feature} in {product} [fails|shows an error|freezes] whenever I [open|use] the {@thing}. | The {@feature} has stopped working for me; I get [a blank screen|an error code {#400-599}|a spinner that never ends] when I [open|use] the {@thing}.
    subject.technical_issue.hardware: {product} keeps restarting | {product} freezes and resets itself | {product} won't power on | {product} won't charge ({@ref})
    problem.technical_issue.hardware: Since {@when_since}, {product} [restarts itself|freezes and then resets] every few hours, and the {@feature} stops responding each time. | {my_product} won't [turn on|charge] any more: the status light [stays off|blinks once and goes dark] when I plug it in.
    detail.technical_issue.hardware: It's {@months_owned} months old and the order reference is {@ref}. | It's still under warranty; I bought it {@months_owned} months ago ({@ref}).
    tried.technical_issue.hardware: I've already [unplugged it for ten minutes|tried a different socket and cable|held the reset button down for 30 seconds], [but nothing changed|with no luck|and it didn't help].
    ask.technical_issue.hardware: Is there a fix I can try, or should I send it in? | Could you arrange a repair or a replacement under the warranty?
    # parts and functions every electronic device has, whatever it is (a laptop's keyboard is no thermostat's)
    feature.hardware: Wi-Fi connection | Bluetooth pairing | display | touch controls | power button | battery | charging | companion app | firmware update | status light
    thing.hardware: status light <clear, steady / blinking, dark> | power adapter <compact, cool / hot, faulty> | charging cable <sturdy, snug / frayed, loose> | display <bright, sharp / dim, flickering> | power button <firm, responsive / loose, unresponsive> | casing <solid, sturdy / cracked, loose> | companion app <reliable, clear / buggy, confusing> | mounting bracket <solid, secure / flimsy, bent>
    subject.how_to.hardware: How do I reset {product}? | Question about the {@feature} | How do I connect {product} to the app?
    problem.how_to.hardware: I can't work out how to [reset|set up] the {@feature} on {product}; the quick-start guide skips that step. | I'm new to {product} and can't find how to connect it to the companion app.
    detail.technical_issue: It happens [every time|about {#2-5} times a day|on both my phone and laptop], and I've lost about {#20-90} minutes of work. | My account email is on file and my reference is {@ref}.
    ask.technical_issue: Could you look into it and tell me if there's a workaround? | Please escalate this to the technical team.

    subject.billing: Charged twice for {@ref} | Unexpected charge of {@amount} | Question about my latest invoice | Wrong amount on my bill
    problem.billing: I was charged {@amount} twice for {@ref} {@when}, but I only [ordered|signed up] once. | My latest invoice shows {@amount}, which doesn't match the {$20-90} I was quoted.
    detail.billing: [Both charges|The two charges] [appeared|showed up] on my card statement. | I've attached a screenshot of the bank statement.
    ask.billing: Please refund the duplicate charge and confirm by email. | Could you explain the difference and correct the bill?

    subject.account_access: Can't log in to my account | Locked out after password reset | Two-factor codes not working | Account access problem
    problem.account_access: I can't log in to {product}: [the password reset email never arrives|it says my account is locked|the verification code is always rejected]. | Since {when_since}, my two-factor codes [don't arrive|are rejected].
    detail.account_access: I've checked my spam folder and tried {#2-5} times. | I still have access to the email address on the account.
    ask.account_access: Could you unlock the account or send a new reset link? | Please help me get back in; I need access for work.

    subject.refund: Refund request for {@ref} | Still waiting for my refund | Requesting a refund of {@amount}
    problem.refund: I requested a refund of {@amount} for {@ref} {when} and haven't received it. | I'd like a refund for {@ref}: the {@thing} was {thing_bad}.
    detail.refund: I was told it would take {#3-5} business days, and it's now been {#8-20}. | I have the confirmation email with reference {@ref}.
    ask.refund: Please confirm when the refund will be processed. | Could you process the refund to my original payment method?

    subject.feature_request: Feature request: better {@feature} | Suggestion for the {@feature} | Could you add an option for the {@thing}?
    problem.feature_request: Our team of {#3-40} uses {product} daily, and we'd love an improvement to the {@feature}, starting with the {@thing}. | It would help a lot if the {@feature} had an option to [export|filter|schedule] the {@thing}.
    detail.feature_request: Right now we work around it manually, which takes about {#1-5} hours a week. | A competitor we tried already does this.
    ask.feature_request: Is this on the roadmap? | Could you pass this on to the product team?

    subject.how_to: How do I change the {@thing}? | Question about the {@feature} | Where can I find the {@feature} settings?
    problem.how_to: I can't figure out how to [change|set up|turn off] the {@thing} in {product}'s {@feature}. | I'm new to {product} and don't see where the {@feature} is configured, or how to change the {@thing}.
    detail.how_to: I've looked through the help center but the screenshots don't match what I see. | I'm on the [current|latest] version.
    ask.how_to: Could you point me to the right steps? | A short guide or link would be great.

    subject.cancellation: Cancellation request | Please close my account | Can't cancel online ({@ref})
    problem.cancellation: I'd like to cancel my [subscription|membership|plan] ({@ref}) effective [immediately|at the end of this billing period]. | Please cancel {@ref}; I tried online but the cancel option [is missing|gives an error].
    detail.cancellation: I was charged {@amount} {when} after I'd already asked to cancel. | The reason is [cost|that we moved to another provider|that we no longer need it].
    ask.cancellation: Please confirm the cancellation in writing and that there will be no further charges. | Could you confirm the final charge and end date?

    subject.order_status: Where is my order {@ref}? | Order {@ref} not shipped yet | Status of order {@ref}
    problem.order_status: I placed order {@ref} {when} and it still shows "processing". | My order {@ref} was supposed to arrive {when}, and tracking hasn't updated in {#3-7} days.
    detail.order_status: The order total was {@amount} and included [{#2-4} items|a gift]. | I need it [this week|by the weekend|within a few days] for [a birthday|an event|work].
    ask.order_status: Could you tell me when it will ship, or cancel it if it can't? | Please check with the warehouse and send me an update.

    subject.delivery: Package marked delivered but not received ({@ref}) | Delivered but not received: {@ref} | Delivery left at the wrong place ({@ref})
    problem.delivery: Tracking says order {@ref} was delivered {when}, but nothing arrived. | The driver left my parcel for order {@ref} at [the wrong building|a neighbour's door|the lobby] and it's gone.
    detail.delivery: I checked with my neighbours and building [reception|manager]. | The order was worth {@amount}.
    ask.delivery: Please open an investigation or send a replacement. | Could you arrange a refund or reshipment?

    # what arrived damaged is goods (`goods_damage`, each store's bank: a cracked lamp, a cold side dish)
    subject.damaged_item: Item arrived damaged ({@ref}) | Damaged item in order {@ref} | Damaged delivery
    problem.damaged_item: Order {@ref} arrived today and {goods_damage}. | The box for {@ref} was crushed and the contents were damaged.
    detail.damaged_item: I've attached {#2-4} photos of the packaging and the item. | It was a gift, so I need a replacement quickly.
    ask.damaged_item: Please send a replacement or refund {@amount}. | What's the fastest way to get this replaced?

    subject.complaint: Complaint about the {@aspect} | Very disappointed with my {ordinal} experience | Complaint regarding a {@staff}
    problem.complaint: I want to raise a complaint about the {@aspect} {when}: it was {adj_bad}, and the {@staff} I spoke to [shrugged it off|was dismissive about it|did nothing]. | On {date}, a {@staff} was [dismissive|rude|unhelpful] when I asked about the {@aspect}.
    detail.complaint: I've been a customer for {#2-9} years and this isn't the service I expect. | My reference is {@ref}.
    ask.complaint: I'd like an explanation and for this to be passed to a manager. | Please let me know what you'll do to put this right.

    subject.warranty: Warranty claim for faulty unit | Device stopped working after {@months_owned} months | Warranty repair request
    months_owned: {#3-11}
    problem.warranty: {my_product} stopped working after {@months_owned} months: the {@thing} is {thing_bad}. | The {@thing} on {my_product} became {thing_bad}, well within the warranty period.
    detail.warranty: The serial number is SN{#100000-999999} and it was bought {@months_owned} months ago ({@ref}). | I've done a factory reset and the problem remains.
    ask.warranty: Please tell me how to send it in for repair or replacement. | Could you arrange a warranty replacement?

    subject.reservation: Change to reservation {@ref} | Problem with my booking {@ref} | Reservation not found
    problem.reservation: I need to change reservation {@ref} from {date} to {date}. | I arrived with booking {@ref} and was told there was no record of it.
    detail.reservation: It's for {#2-6} people. | I booked through your website and paid a deposit of {@amount}.
    ask.reservation: Please confirm the change and any price difference. | Could you confirm the booking is valid?

    subject.lost_item: Lost item | Left something behind | Lost property enquiry
    problem.lost_item: I think I left my [jacket|phone charger|reading glasses|laptop bag] at {product} {when}. | I lost a [black wallet|set of keys|child's toy] during my visit {when}.
    detail.lost_item: My booking reference was {@ref}. | It has [sentimental|real] value to me.
    ask.lost_item: Could you check lost property and let me know? | If it's found, could you post it to me? I'll cover postage.

    subject.special_request: Special request for booking {@ref} | A request for my booking {@ref} | Celebration on booking {@ref}
    problem.special_request: For booking {@ref} {when}, I [need step-free access|have a severe nut allergy|am travelling with a toddler]. | We're celebrating [an anniversary|a birthday] {when} and wondered if you could arrange something.
    detail.special_request: There will be {#2-6} of us. | We've stayed with you {#2-5} times before.
    ask.special_request: Could you confirm this can be accommodated? | Please note it on the booking.

    subject.booking_change: Change flight date for {@ref} | Moving my booking {@ref} | Name correction on booking {@ref}
    problem.booking_change: I need to move booking {@ref} from {date} to {date}. | There's a typo in the passenger name on {@ref}.
    detail.booking_change: The fare difference shown online is {@amount}, which seems wrong. | It's for {#1-4} passengers.
    ask.booking_change: Please make the change or tell me the correct fee. | Could you fix this before check-in opens?

    subject.baggage: Delayed bag on flight {@flight} | Missing baggage claim {@ref} | Damaged suitcase
    problem.baggage: My checked bag didn't arrive on flight {@flight} {when}. | My suitcase came off flight {@flight} with a broken handle and a torn side.
    detail.baggage: The baggage claim reference is {@ref}. | The bag contains [medication|work clothes|a child's car seat].
    ask.baggage: Please tell me where the bag is and when it will be delivered. | How do I claim for the damage?
    flight: [BA|UA|DL|LH|AF|QF]{#100-2999}

    subject.flight_delay: Missed connection after flight {@flight} | Flight {@flight} delayed | Overnight delay on flight {@flight}
    problem.flight_delay: Flight {@flight} {when} was delayed by {#3-9} hours and I missed my connection. | Our flight {@flight} was delayed overnight and we had to pay for a hotel ({@amount}).
    detail.flight_delay: No meal vouchers were offered and the desk was unstaffed. | Booking reference {@ref}.
    ask.flight_delay: Please process compensation and reimburse my expenses. | What compensation am I entitled to?

    subject.card_issue: Card declined | Card declined despite funds | Replacement card not arrived
    problem.card_issue: My card ending {#1000-9999} was declined [online|at a shop] {when} even though I have funds. | I ordered a replacement card {when} and it hasn't arrived.
    detail.card_issue: I'm travelling and it's my only card. | The app shows the card as active.
    ask.card_issue: Please check what's blocking it and fix it. | Could you send a new card urgently?

    subject.fraud: Unrecognised transaction of {@amount} | Possible fraud on my account | Suspicious charges
    problem.fraud: There's a payment of {@amount} to a merchant I don't recognise {when}. | I see {#2-5} card payments I didn't make, totalling {@amount}.
    detail.fraud: My card is still in my possession. | I've frozen the card in the app.
    ask.fraud: Please block the card, investigate and refund the charges. | What do I need to do to dispute these?

    subject.transfer: Transfer not received | International transfer delayed ({@ref}) | Money sent to the wrong account
    problem.transfer: A transfer of {@amount} I sent {when} hasn't reached the recipient ({@ref}). | I mistyped one digit of the account number when sending {@amount} {when}.
    detail.transfer: The money has left my account. | The recipient's bank says nothing has arrived.
    ask.transfer: Please trace the payment and tell me where it is. | Can you recall the payment?

    subject.claim: Claim {@ref} update | Claim delayed | Submitting a claim for {@insured}
    problem.claim: I submitted claim {@ref} {when} and haven't heard back. | I need to make a claim: {@insured} {when}.
    # what a claim is for: the loss itself, not a thing of the insurer's own (its forms, its portal)
    insured: [storm damage to my roof|water damage to the kitchen ceiling|a cracked windscreen|a stolen bicycle|a burst pipe in the bathroom|a break-in at my flat|a rear-end collision in a car park|a laptop stolen from my car|a fallen tree on the garden fence|a phone dropped in the sea]
    detail.claim: The repair estimate is {@amount}. | I've uploaded photos and the police report.
    ask.claim: Please tell me the next step and a timeline. | Could you assign an adjuster?

    subject.policy_change: Update my policy {@ref} | Change to my policy | Change of address
    problem.policy_change: I'd like to update policy {@ref}: [we've moved house|I've changed cars|I'd like to add my partner as a driver]. | Please update the address on policy {@ref} from {date}.
    detail.policy_change: The change takes effect {when}. | Let me know if the premium changes.
    ask.policy_change: Please confirm the update and any new premium. | Send me the revised documents, please.

    subject.outage: No service since {@when_since} | Service outage in my area | Connection keeps dropping
    problem.outage: My [internet|phone line|mobile data] has been down since {@when_since}. | The service drops every {#10-40} minutes and has for {#2-6} days.
    detail.outage: I've restarted the router and checked the cables. | I work from home, so this is costing me work.
    ask.outage: Please send a technician or tell me when it will be fixed. | Could you credit my account for the downtime?

    subject.plan_change: Change my plan | Switching plans | Plan options as my contract ends
    problem.plan_change: I'd like to move from my current plan to one with [more data|faster speeds|a lower price]. | My contract ({@ref}) ends {when} and I want to switch plans.
    detail.plan_change: I currently pay {@amount} a month. | I've been a customer for {#2-8} years.
    ask.plan_change: What options do I have? | Please confirm the new monthly price.

    subject.appointment: Reschedule my appointment | Moving my appointment | Appointment cancelled without notice
    problem.appointment: I need to move my appointment {when} to later in the week. | My appointment {when} was cancelled and I wasn't told.
    detail.appointment: My patient reference is {@ref}. | I'm only free [mornings|after 4 pm].
    ask.appointment: Please offer me another slot. | Could someone call me to rebook?

    subject.prescription: Repeat prescription not ready | Prescription request | Wrong medication dose
    problem.prescription: I requested my repeat prescription {when} and the pharmacy says it hasn't been sent. | My prescription was issued with the wrong dose.
    detail.prescription: I have {#2-4} days of medication left. | My patient reference is {@ref}.
    ask.prescription: Please send it to my pharmacy today. | Could the doctor review and reissue it?

    subject.records_request: Request for my medical records | Copy of my records | Records transfer to new practice
    problem.records_request: I'd like a copy of my records from {date} onwards. | Please transfer my records to my new practice.
    detail.records_request: My patient reference is {@ref}. | I need them for [an insurance claim|a specialist referral].
    ask.records_request: How long will this take? | Please confirm when they've been sent.

    subject.enrollment: Enrollment problem for {product} | Can't access the course after paying | Transfer to a later start date
    problem.enrollment: I paid {@amount} {when} but I still can't access the course. | I'd like to move my enrollment ({@ref}) to the next start date.
    detail.enrollment: My receipt number is {@ref}. | The course page says "not enrolled".
    ask.enrollment: Please fix my access. | Could you confirm the transfer?

    subject.grading: Question about my grade | Assignment marked incorrectly | Regrade request
    problem.grading: My assignment for module {#2-9} was marked {#40-65}% but the feedback doesn't match my submission. | The auto-grader rejected my answer, which matches the model solution.
    detail.grading: I've attached my submission. | My student reference is {@ref}.
    ask.grading: Could an instructor review it? | Please regrade the assignment.

    subject.membership: Freeze my membership | Membership freeze request | Membership card not working
    problem.membership: I'd like to freeze my membership from {date} for {#1-3} months. | My membership card stopped working at the entry gate {when}.
    detail.membership: My member number is {@ref}. | I've been a member for {#1-6} years.
    ask.membership: Please confirm the freeze and the fee. | Could you reactivate my card?

    subject.booking: Can't book classes | Booking app error | Class booking cancelled
    problem.booking: The booking app shows every class as full within seconds of opening. | My booking for the {day} class was cancelled without a reason.
    detail.booking: My member number is {@ref}. | It's happened {#2-5} times this month.
    ask.booking: Please look into it. | Could you restore my booking?
    """#)
}
