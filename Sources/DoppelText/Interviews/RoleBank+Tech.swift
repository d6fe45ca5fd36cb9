/// Interview banks for technical roles.
extension RoleBank {
    static let softwareEngineer = PhraseBank(name: "software_engineer", source: #"""
    title: software engineer
    aliases: software engineer | software developer | developer | programmer | swe | backend | back end | frontend | front end | full stack | fullstack | mobile developer | ios developer | android developer | web developer | engineer
    stakeholder: a product manager | a designer | another team's tech lead | the QA team
    deliverable: a new API endpoint | a database migration | a critical bug fix | a feature for a launch
    pressure: a production outage | a hard launch date | a flaky test suite blocking releases | an unfamiliar legacy codebase
    metric: p95 latency | the crash rate | build times | test coverage of critical paths
    tool: programming language | framework | profiler | CI system
    core_task: code review | on-call | reducing technical debt | designing a new service
    technical:
      What is the difference between a process and a thread? :: A process has its own address space and resources; threads run inside a process and share its memory. Threads are cheaper to create and switch, but shared memory needs synchronisation (locks, atomics) to avoid races; processes isolate failures better. :: Correct on memory sharing; Mentions synchronisation or isolation trade-off; Gives a sensible use case for each :: easy
      How would you design a URL shortener? :: Clarify scale and requirements, then: an API to create and resolve codes; short codes from a counter encoded in base62 or a hash with collision checks; a key-value store keyed by code; a cache for hot links; 301/302 redirects; analytics written asynchronously. Discuss expiry, abuse and custom aliases. :: Clarifies requirements and scale; Sound code generation and storage; Addresses caching, redirects and abuse :: medium
      A service's p95 latency doubled after a deploy. How do you investigate? :: Confirm with metrics and correlate with the deploy; roll back if users are hurting; compare traces before and after to find the slow span; check new queries (missing index, N+1), added network calls, lock contention or GC; reproduce with a load test, fix, and add an alert or test to catch it next time. :: Mitigates first (rollback); Uses data: metrics, traces, profiles; Names plausible root causes and prevention :: medium
      Explain what an index is in a relational database and when it can hurt. :: An index is a separate structure, usually a B-tree, that lets the database find rows by a column without a full scan. It speeds reads and range queries but costs storage and slows writes; low-selectivity or unused indexes add cost without benefit. :: Explains the lookup structure; Names the write and storage cost; Knows when not to index :: easy
      How do you make an API call idempotent, and why does it matter? :: Retries happen on timeouts, so a repeated request must not repeat its effect. Use idempotency keys stored with the result, natural keys with unique constraints, or PUT-style semantics; return the stored result on a retry. :: Explains why (retries, at-least-once delivery); Gives a concrete mechanism; Handles concurrent duplicates :: medium
      How would you design a rate limiter for a public API? :: Decide the limit key (API key, user, IP) and algorithm: token bucket or sliding window. Keep counters in a fast shared store like Redis with atomic operations, return 429 with Retry-After, and consider per-endpoint limits, bursts and multi-region consistency. :: Chooses and explains an algorithm; Handles distributed state atomically; Good client behaviour (429, Retry-After) :: hard
      What makes a good code review? :: Review for correctness, clarity and design first, then tests and edge cases; keep comments specific and kind, separate blocking issues from nits, keep changes small enough to review, and respond quickly so reviews do not block the team. :: Prioritises substance over style; Constructive tone; Keeps the team moving :: easy
      How would you migrate a large table to a new schema with no downtime? :: Expand and contract: add the new column or table, dual-write from the application, backfill in batches, verify with checks, switch reads behind a flag, then stop the old writes and drop the old column later. Keep every step reversible. :: Uses expand/contract or dual writes; Backfills safely in batches; Keeps rollback possible :: hard
    situational:
      You find a security vulnerability in code that ships tomorrow. What do you do? :: Assess severity quickly, tell the tech lead and security contact privately, propose a fix or mitigation and whether to delay the release; do not discuss it in public channels; add a test and a note in the post-mortem. :: Escalates promptly and discreetly; Weighs delay against risk; Prevents recurrence
      A product manager wants a feature in a week that you estimate at three. What do you do? :: Explain the estimate and what drives it, then offer options: a smaller first version, cutting non-essential parts, or accepting specific risks; agree on one explicitly and keep them updated. :: Explains estimate transparently; Offers scoped alternatives; Agrees and communicates
    """#)

    static let dataScientist = PhraseBank(name: "data_scientist", source: #"""
    title: data scientist
    aliases: data scientist | machine learning | ml engineer | ml scientist | applied scientist | ai engineer | research scientist
    stakeholder: a product manager | an executive sponsor | the data engineering team | a sceptical domain expert
    deliverable: a churn model | an A/B test readout | a demand forecast | a recommendation model
    pressure: messy data | a deadline before a board meeting | a model degrading in production | conflicting metrics
    metric: model AUC | forecast error | conversion rate | precision at the top of the ranking
    tool: modelling library | SQL engine | experiment platform | notebook workflow
    core_task: model monitoring | experiment design | feature engineering | communicating results
    technical:
      Explain the bias-variance trade-off. :: Error splits into bias (too simple a model misses patterns) and variance (too flexible a model fits noise). Increasing complexity lowers bias and raises variance; regularisation, more data, ensembling and cross-validation help find the balance. :: Defines both terms correctly; Links to under- and over-fitting; Names ways to manage it :: easy
      How would you handle a classification problem where only 1% of examples are positive? :: Choose metrics that reflect the goal (precision-recall, PR-AUC, cost-weighted) rather than accuracy; use stratified splits; try class weights, resampling or threshold tuning; check calibration and validate on a realistic holdout. :: Rejects accuracy as the metric; Names concrete techniques; Validates on realistic data :: medium
      How do you design an A/B test for a new checkout flow? :: Define the primary metric and guardrails, estimate sample size from the baseline and minimum detectable effect, randomise at the user level, run full weekly cycles, avoid peeking or use sequential methods, then check for sample ratio mismatch before reading results. :: Defines metric and guardrails; Does a power calculation; Guards against peeking and SRM :: medium
      Your model performed well offline but poorly in production. What could be wrong? :: Training-serving skew in features, data leakage in the offline set, distribution shift since training, a different population, or a bug in the pipeline. Compare feature distributions, replay production inputs offline, and monitor drift. :: Names leakage and skew; Considers drift; Proposes concrete diagnosis :: hard
      What is regularisation, and how do L1 and L2 differ? :: Regularisation adds a penalty on model complexity to reduce overfitting. L1 penalises absolute weights and drives some to zero (feature selection); L2 penalises squared weights and shrinks them smoothly, which helps with correlated features. :: Explains purpose; Distinguishes L1 sparsity from L2 shrinkage; Knows when to use each :: easy
      How would you explain a model's predictions to a non-technical stakeholder? :: Start from the decision they make, show the few features that drive predictions (global importance, SHAP for single cases), use concrete examples, state the model's limits and error rates plainly, and avoid jargon. :: Anchors on the decision; Uses appropriate explanation tools; Honest about limits :: medium
    situational:
      A stakeholder wants you to report only the metric that improved. What do you do? :: Explain why the full picture matters for the decision, present the improving metric alongside the guardrails that moved, offer context for the trade-off, and document the analysis so the choice is transparent. :: Maintains integrity; Frames it around the decision; Offers a constructive alternative
      You have two weeks to deliver a forecast and the data is a mess. How do you proceed? :: Agree on the decision the forecast supports and acceptable accuracy; build a simple baseline fast; fix the data issues that matter most; iterate with clear error estimates and document assumptions and caveats. :: Starts with a baseline; Prioritises data fixes by impact; Communicates uncertainty
    """#)

    static let dataAnalyst = PhraseBank(name: "data_analyst", source: #"""
    title: data analyst
    aliases: data analyst | business analyst | bi analyst | analytics | reporting analyst | insights analyst
    stakeholder: a marketing manager | the finance team | a regional director | an operations lead
    deliverable: a weekly KPI dashboard | an ad hoc revenue analysis | a customer segmentation | a board report
    pressure: a same-day request from leadership | numbers that disagree between two reports | a broken data pipeline
    metric: dashboard adoption | report turnaround time | data accuracy | time spent on manual reporting
    tool: SQL dialect | BI tool | spreadsheet model | scripting language
    core_task: building dashboards | reconciling numbers | defining metrics | answering ad hoc questions
    technical:
      What is the difference between an INNER JOIN and a LEFT JOIN? :: An INNER JOIN keeps only rows with matches in both tables; a LEFT JOIN keeps every row of the left table, with NULLs where the right side has no match. Watch for row multiplication when the right side has duplicates. :: Correct definitions; Mentions NULLs for non-matches; Warns about duplicate fan-out :: easy
      How would you find the top three products by revenue in each region using SQL? :: Aggregate revenue by region and product, then use a window function such as ROW_NUMBER() or RANK() partitioned by region and ordered by revenue descending, and filter to rank three or less; decide how ties should be treated. :: Aggregates correctly; Uses a window function partitioned by region; Considers ties :: medium
      Two dashboards show different revenue for last month. How do you investigate? :: Compare definitions first (gross vs net, refunds, currency, time zone, booking vs payment date), then the filters and source tables, reconcile at a detailed level to find the rows that differ, fix the cause and document one agreed definition. :: Checks definitions before data; Reconciles at row level; Establishes a single definition :: medium
      How do you decide which chart to use? :: Start from the question: trends over time suit lines, comparisons across categories suit bars, parts of a whole suit stacked bars rather than many pie slices, relationships suit scatter plots; keep axes honest and label directly. :: Chooses by question; Knows common chart uses; Avoids misleading design :: easy
      What is a cohort analysis and when would you use it? :: Group users by a shared start event (such as signup month) and track a metric like retention over time since that event; it separates changes in behaviour from changes in the mix of users, which overall averages hide. :: Defines cohorts correctly; Names a typical metric; Explains why averages mislead :: medium
    situational:
      A director asks for a number in an hour, but you're not confident the data is right. What do you do? :: Give the best estimate you can with a clear caveat and the range of uncertainty, say what you will verify and by when, and follow up with the confirmed figure. :: Delivers on time with caveats; Quantifies uncertainty; Follows up with the verified figure
      You notice a widely used KPI has been calculated wrongly for months. What do you do? :: Confirm the error and its size, tell your manager and the metric's owners before announcing broadly, prepare corrected history and an explanation of the impact, and add checks so it does not recur. :: Verifies before raising; Informs owners thoughtfully; Corrects history and prevents recurrence
    """#)

    static let devops = PhraseBank(name: "devops_engineer", source: #"""
    title: DevOps engineer
    aliases: devops | site reliability | sre | platform engineer | infrastructure engineer | cloud engineer | systems administrator | sysadmin | reliability engineer
    stakeholder: an application team | the security team | an engineering director | the on-call rotation
    deliverable: a CI/CD pipeline | a Kubernetes migration | an incident post-mortem | a disaster recovery plan
    pressure: a major outage | a cloud bill that doubled | an expiring certificate across many services | a failed region
    metric: deployment frequency | mean time to recovery | error budget burn | cloud spend per request
    tool: infrastructure-as-code tool | container orchestrator | monitoring stack | CI system
    core_task: incident response | capacity planning | cost optimisation | hardening deployments
    technical:
      What happens, step by step, when you type a URL into a browser? :: DNS resolution (cache, resolver, authoritative servers), a TCP connection and TLS handshake, the HTTP request possibly via a CDN or load balancer to a server, the response, then the browser parses HTML and fetches further resources, with caching at several layers. :: Covers DNS, TCP/TLS, HTTP; Mentions load balancers or CDNs; Mentions caching :: easy
      How would you set up monitoring and alerting for a new service? :: Define SLIs and SLOs from what users feel (availability, latency), collect metrics, logs and traces, alert on symptoms and error-budget burn rather than every cause, route alerts with runbooks, and review noisy alerts regularly. :: Starts from user-facing SLOs; Alerts on symptoms with runbooks; Controls alert noise :: medium
      Explain blue-green and canary deployments. :: Blue-green runs two full environments and switches traffic at once, allowing instant rollback; canary sends a small share of traffic to the new version and increases it while watching metrics, catching problems with less exposure. :: Describes both correctly; Explains rollback and exposure trade-offs; Mentions metric-driven promotion :: medium
      A Kubernetes pod is stuck in CrashLoopBackOff. How do you debug it? :: Check kubectl describe for events and exit codes, read logs including the previous container, check configuration, secrets and resource limits (OOMKilled), probe settings and dependencies; reproduce the container locally if needed. :: Uses events and previous logs; Checks OOM and probes; Systematic approach :: medium
      How would you cut a cloud bill by 30% without hurting reliability? :: Attribute costs by team and service, remove idle and oversized resources, use autoscaling, reserved or spot capacity where safe, storage lifecycle policies and cheaper data transfer paths; track cost per request so savings hold. :: Starts with attribution; Concrete levers; Protects reliability and tracks results :: hard
    situational:
      You're on call and a deploy coincides with a spike in errors, but the team says it's unrelated. What do you do? :: Mitigate first: roll back the deploy since it's cheap and reversible, watch whether errors drop, then investigate with the team without blame, and record the timeline for the post-mortem. :: Prioritises mitigation; Uses rollback as a cheap test; Blameless follow-up
      An application team wants production access to debug faster. How do you respond? :: Understand what they need, offer safer paths (better logs, dashboards, read-only or time-limited audited access, staging replicas), and agree a process for emergencies. :: Understands the need; Offers safe alternatives; Balances speed and security
    """#)
}
