/// Interview banks for product, design and commercial roles.
extension RoleBank {
    static let productManager = PhraseBank(name: "product_manager", source: #"""
    title: product manager
    aliases: product manager | product owner | pm | product lead | head of product | product management
    stakeholder: an engineering lead | the sales team | a key customer | the CEO
    deliverable: a quarterly roadmap | a new pricing page | an MVP for a new segment | a product launch
    pressure: a competitor's surprise launch | a major customer threatening to churn | a cut in engineering headcount
    metric: activation rate | weekly active users | churn | time to value for new customers
    tool: analytics tool | roadmapping tool | user research method | prioritisation framework
    core_task: prioritising the backlog | customer discovery | writing product requirements | running launch reviews
    technical:
      How do you prioritise a backlog when everything seems important? :: Tie items to the current goal and metric, estimate impact, confidence and effort (RICE or similar), separate must-dos like compliance, make the trade-offs visible to stakeholders, and revisit regularly as evidence arrives. :: Anchors on goals and metrics; Uses an explicit method; Communicates trade-offs :: easy
      How would you decide whether to build a feature a large customer is asking for? :: Understand the underlying problem, check how many other customers share it and its fit with strategy, estimate cost and opportunity cost, consider a lighter solution, and be transparent with the customer about the decision. :: Digs into the underlying need; Weighs breadth and strategy; Considers alternatives :: medium
      Activation dropped 10% last week. How do you investigate? :: Check for tracking or data issues first, then segment by platform, channel, region and cohort, line up releases and external events, look at funnel steps to find where users drop, form hypotheses and validate with data or quick user calls. :: Rules out instrumentation; Segments systematically; Forms and tests hypotheses :: medium
      How do you define success metrics for a new feature? :: Start from the user problem and the business goal, choose one primary metric that shows the problem is solved, add guardrail metrics for harm, set targets and a time frame before launch, and instrument before shipping. :: Links metric to problem; Includes guardrails; Sets targets in advance :: easy
      Walk me through how you would launch a product in a new market. :: Validate the need with research, size the opportunity, define the target segment and positioning, adapt the product (language, payments, regulation), pilot with a small group, then scale with sales, marketing and support ready, tracking adoption and retention. :: Validates demand first; Adapts to local needs; Pilots before scaling :: hard
    situational:
      Engineering says your top priority will take twice as long as planned. What do you do? :: Understand why, explore options with the team (scope cuts, phased delivery, different approach), reassess whether it is still the top priority given the new cost, and update stakeholders with a clear recommendation. :: Explores options with engineering; Re-evaluates priority; Communicates clearly
      Sales promised a customer a feature that isn't on the roadmap. How do you handle it? :: Learn what was promised and why, assess the customer's real need and the feature's value, agree a response with sales leadership, talk to the customer honestly, and set up a process so commitments go through product. :: Gathers facts first; Handles the customer honestly; Fixes the process
    """#)

    static let designer = PhraseBank(name: "designer", source: #"""
    title: designer
    aliases: designer | ux | ui | product designer | interaction designer | visual designer | ux researcher | graphic designer | user experience
    stakeholder: a product manager | a front-end engineer | a brand team | a sceptical executive
    deliverable: a redesigned onboarding flow | a design system | a usability study | a mobile checkout
    pressure: a two-week deadline | conflicting feedback from executives | no budget for research
    metric: task completion rate | time on task | support tickets about the flow | conversion through the funnel
    tool: design tool | prototyping tool | research method | design system
    core_task: user research | prototyping | design critique | maintaining a design system
    technical:
      Walk me through your design process on a recent project. :: Start with the problem and who it affects, research (interviews, data, existing feedback), explore several directions, prototype and test with users, iterate on findings, hand off with specs and states, and measure after launch. :: Starts from the problem; Tests with real users; Measures outcomes after launch :: easy
      How do you run a usability test? :: Define what you need to learn, recruit five to eight representative users, write realistic tasks without leading language, observe and ask participants to think aloud, note where they struggle, and synthesise patterns into prioritised changes. :: Clear goals and realistic tasks; Avoids leading participants; Synthesises into actions :: medium
      How do you design for accessibility? :: Follow WCAG: sufficient colour contrast, text alternatives, full keyboard navigation, visible focus, semantic structure for screen readers, not relying on colour alone, and respecting reduced motion; test with assistive technology and users with disabilities. :: Knows WCAG basics; Covers several disability types; Tests with real assistive tech :: medium
      How would you handle design consistency across a large product? :: Build or adopt a design system with tokens, components and usage guidelines, document patterns, work closely with engineering on shared components, and run regular reviews and contribution processes. :: Uses a design system; Partners with engineering; Has governance :: hard
      How do you decide between two design options when stakeholders disagree? :: Bring it back to user goals and evidence, test both options quickly with users or an experiment, define the success measure up front, and let data and principles decide rather than opinion. :: Grounds in user goals; Uses testing or data; Sets a decision rule up front :: medium
    situational:
      An engineer says your design is too expensive to build. What do you do? :: Understand which parts drive the cost, separate what matters to users from nice-to-haves, explore simpler alternatives together, and agree a phased plan that protects the core experience. :: Collaborates rather than defends; Protects what matters to users; Agrees a phased plan
      Research shows users dislike a feature the CEO loves. How do you present it? :: Present the evidence clearly with real quotes and clips, connect it to goals the CEO cares about, propose alternatives that keep the intent, and recommend a test to settle it. :: Leads with evidence; Connects to business goals; Offers a constructive path
    """#)

    static let sales = PhraseBank(name: "sales", source: #"""
    title: sales representative
    aliases: sales | account executive | sales representative | business development | bdr | sdr | account manager | sales manager | inside sales
    stakeholder: a procurement team | a sales engineer | a sceptical CFO | your sales manager
    deliverable: a quarterly quota | an enterprise renewal | a new territory plan | a competitive displacement deal
    pressure: an end-of-quarter deadline | a lost champion at a key account | a price objection | a competitor undercutting on price
    metric: win rate | average deal size | pipeline coverage | sales cycle length
    tool: CRM | sales methodology | prospecting tool | forecasting method
    core_task: prospecting | discovery calls | negotiating | forecasting the pipeline
    technical:
      Sell me this pen. :: Ask questions first: how they use pens, what matters to them, what frustrates them about their current one; then connect one or two features to the needs they named, handle an objection, and ask for a clear next step. :: Starts with discovery questions; Ties features to stated needs; Asks for the close :: easy
      How do you run a discovery call? :: Prepare with research, set an agenda, ask open questions about current process, pain, impact, decision process and timeline (MEDDIC or similar), listen more than you talk, summarise back, and agree concrete next steps. :: Structured, researched approach; Qualifies decision process and impact; Agrees next steps :: medium
      How do you handle the objection "your price is too high"? :: Clarify what they are comparing against, restate the value in their terms and numbers, explore whether scope or terms can change rather than discounting first, and trade any concession for something like a longer term. :: Clarifies the comparison; Reframes on value; Trades rather than gives concessions :: medium
      How do you build and manage a pipeline to hit quota? :: Work back from quota using win rate and deal size to the pipeline needed (often three times quota), prospect consistently each week, qualify out weak deals early, keep the CRM accurate, and review stage conversion to find where deals stall. :: Does the pipeline maths; Consistent prospecting habit; Qualifies and reviews conversion :: hard
      How do you forecast accurately? :: Base the forecast on evidence of buyer commitment at each stage, not hope; use stage criteria, review deals with the manager, separate commit from best case, and compare forecast to results each quarter to calibrate. :: Evidence-based stages; Separates commit and upside; Calibrates over time :: medium
    situational:
      Your champion at a big account leaves the company mid-deal. What do you do? :: Reach out quickly to other contacts, ask the departing champion for introductions, re-establish the business case with the new stakeholders, and keep in touch with the champion at their new company as a potential lead. :: Acts quickly to multithread; Rebuilds the business case; Sees the new opportunity
      A customer asks for a discount on the last day of the quarter. How do you respond? :: Understand what is really blocking the signature, avoid conditioning the customer to wait for quarter-end, and if a concession is justified trade it for value such as a longer term, case study or faster payment. :: Finds the real blocker; Protects future pricing; Trades concessions for value
    """#)

    static let marketing = PhraseBank(name: "marketing", source: #"""
    title: marketing manager
    aliases: marketing | marketer | growth | content marketing | brand manager | seo | demand generation | digital marketing | social media manager | communications
    stakeholder: the sales team | a creative agency | the finance team | the head of product
    deliverable: a product launch campaign | a content calendar | a rebrand | a paid acquisition plan
    pressure: a halved budget | a campaign that underperformed | a PR crisis on social media
    metric: cost per acquisition | marketing-qualified leads | organic traffic | campaign ROI
    tool: analytics platform | marketing automation tool | ad platform | SEO tool
    core_task: campaign planning | attribution | content strategy | brand positioning
    technical:
      How would you plan a launch campaign for a new product? :: Define the audience and the one message that matters to them, set goals and metrics, choose channels where that audience is, build the assets and timeline with sales and product, launch with tracking in place, and optimise based on early results. :: Audience and message first; Measurable goals; Coordinates and iterates :: medium
      How do you measure the ROI of a marketing campaign? :: Set the goal and attribution approach before launch, track cost and attributable revenue or pipeline, use holdout groups or incrementality tests where possible, and be clear about what attribution models can and cannot show. :: Defines attribution up front; Considers incrementality; Honest about limits :: medium
      Our cost per acquisition doubled in three months. What would you look at? :: Break it down by channel, campaign and audience, check for tracking changes, rising auction prices or creative fatigue, look at landing page conversion, and reallocate budget to efficient channels while testing fixes. :: Segments the problem; Considers tracking, competition and creative; Acts on findings :: hard
      What makes a strong brand positioning statement? :: It names the target customer, the category, the main benefit that sets you apart, and the reason to believe it, and it is specific enough that a competitor could not claim it too. :: Includes audience, benefit, proof; Differentiated; Specific :: easy
    situational:
      Sales says marketing leads are poor quality. How do you respond? :: Agree shared definitions of a qualified lead with sales, review lost and rejected leads together, adjust targeting and scoring, and set up a regular feedback loop with shared metrics. :: Seeks shared definitions; Uses data from both sides; Builds a feedback loop
      A post from the brand account goes viral for the wrong reasons. What do you do? :: Pause scheduled posts, assess what happened and the audience reaction, agree a response quickly with leadership and legal if needed, respond honestly, and review the approval process afterwards. :: Stops further damage; Responds quickly and honestly; Improves the process
    """#)

    static let customerSupport = PhraseBank(name: "customer_support", source: #"""
    title: customer support specialist
    aliases: customer support | customer service | support agent | support specialist | help desk | helpdesk | customer success | call centre | call center | technical support
    stakeholder: an angry customer | the engineering team | a team lead | the billing team
    deliverable: a new help-center article | a response macro library | a shift handover process | an escalation guide
    pressure: a ticket backlog after an outage | a viral complaint | a new product release with no documentation
    metric: first response time | customer satisfaction score | first contact resolution | ticket backlog
    tool: help-desk system | knowledge base | live chat tool | CRM
    core_task: handling escalations | writing help articles | triaging tickets | onboarding new customers
    technical:
      How do you handle a customer who is angry and shouting? :: Stay calm, let them finish, acknowledge the impact in your own words, apologise for the experience, focus on what you can do and by when, and follow through; set boundaries politely if it becomes abusive. :: Listens and acknowledges; Moves to concrete actions; Keeps boundaries professionally :: easy
      How do you prioritise a queue of 200 tickets? :: Triage by impact and urgency: outages and blocked customers first, then SLA deadlines, group similar issues to solve together, use macros for common questions, and flag patterns to engineering or product. :: Triage criteria; Efficiency through grouping and macros; Escalates patterns :: medium
      What makes a good help-center article? :: One clear task per article, a title in the customer's words, short numbered steps with current screenshots, the common errors and fixes, and a review date; measure views against tickets on the same topic. :: Task-focused structure; Customer language; Maintained and measured :: easy
      How would you reduce first response time without hurting quality? :: Analyse volume by hour and channel, adjust staffing, add triage rules and macros, deflect common questions with self-service, and watch CSAT and reopen rates to make sure quality holds. :: Data on volume; Several levers; Guards quality :: medium
    situational:
      A customer asks for a refund that policy doesn't allow. What do you do? :: Explain the policy clearly and kindly, understand their situation, look for alternatives within your authority, escalate when there's a good reason for an exception, and document the case. :: Clear and empathetic; Looks for alternatives; Escalates with reason
      You realise you gave a customer wrong information yesterday. What do you do? :: Contact them proactively, correct the information, apologise, fix any consequence you can, and update the article or macro that misled you. :: Proactive correction; Takes ownership; Fixes the source
    """#)
}
