import DoppelText

extension Words {
    static let companySuffixes = WordTable("Inc.|LLC|Group|Corp.|Ltd.|& Co.|Partners|Holdings|Industries|Solutions|Technologies|Associates")
    static let companySuffixesByLocale: [String: WordTable] = [
        "de_DE": WordTable("GmbH|AG|GmbH & Co. KG|KG|Gruppe|SE"),
        "fr_FR": WordTable("SA|SARL|SAS|et Fils|Groupe|SCOP"),
        "es_ES": WordTable("S.A.|S.L.|y Asociados|Grupo|Hermanos|S.L.U."),
        "pt_BR": WordTable("Ltda.|S.A.|e Filhos|Grupo|ME|Comércio"),
        "ja_JP": WordTable("株式会社|有限会社|合同会社|商事|工業|ホールディングス"),
    ]
    static let industries = WordTable("""
    Software|Financial Services|Healthcare|Retail|Manufacturing|Telecommunications|Education|Real Estate|\
    Hospitality|Logistics|Energy|Automotive|Pharmaceuticals|Insurance|Media|Construction|Agriculture|Aerospace|\
    Biotechnology|Consulting|E-commerce|Food and Beverage|Legal Services|Marketing|Nonprofit|Transportation|\
    Utilities|Entertainment|Government|Mining|Chemicals|Textiles|Cybersecurity|Semiconductors|Gaming|Fintech
    """)
    static let departments = WordTable("""
    Engineering|Sales|Marketing|Finance|Human Resources|Operations|Customer Support|Legal|Product|Research and Development|\
    Information Technology|Procurement|Logistics|Quality Assurance|Design|Business Development|Accounting|Facilities|\
    Security|Data Science|Communications|Administration
    """)
    static let jobTitles = WordTable("""
    Software Engineer|Senior Software Engineer|Product Manager|Data Analyst|Data Scientist|Sales Representative|\
    Account Executive|Marketing Manager|Financial Analyst|Accountant|HR Specialist|Recruiter|Operations Manager|\
    Customer Support Specialist|Project Manager|UX Designer|Graphic Designer|Business Analyst|DevOps Engineer|\
    QA Engineer|Chief Executive Officer|Chief Technology Officer|Chief Financial Officer|Office Manager|\
    Administrative Assistant|Legal Counsel|Paralegal|Nurse|Physician|Pharmacist|Teacher|Professor|Electrician|\
    Mechanic|Warehouse Associate|Logistics Coordinator|Supply Chain Analyst|Consultant|Architect|Civil Engineer|\
    Mechanical Engineer|Research Scientist|Content Writer|Social Media Manager|Executive Assistant|Store Manager|\
    Cashier|Chef|Barista|Sales Manager|Engineering Manager|Security Analyst|Systems Administrator|Technical Writer
    """)
    static let catchAdjectives = WordTable("""
    Adaptive|Advanced|Automated|Balanced|Centralized|Customizable|Decentralized|Digitized|Distributed|Enhanced|\
    Ergonomic|Expanded|Focused|Fundamental|Innovative|Integrated|Intuitive|Managed|Multi-layered|Open-source|\
    Optimized|Proactive|Progressive|Reactive|Reduced|Robust|Scalable|Seamless|Streamlined|Synergized|Universal|Versatile
    """)
    static let catchNouns = WordTable("""
    analytics|approach|architecture|capability|challenge|collaboration|database|encryption|firmware|framework|\
    hierarchy|infrastructure|initiative|interface|methodology|middleware|model|paradigm|platform|portal|process|\
    solution|strategy|system|toolset|workflow|throughput|alliance|benchmark|knowledge base
    """)
    static let catchVerbs = WordTable("""
    for the modern enterprise|that scales with you|built for teams|for a connected world|without compromise|\
    for every business|made simple|that delivers results|at global scale|for tomorrow|powered by data|you can trust
    """)
    static let merchants = WordTable("""
    Amazon|Walmart|Target|Costco|Starbucks|Shell|Uber|Lyft|Netflix|Spotify|Apple Store|Best Buy|Home Depot|IKEA|\
    Whole Foods|Trader Joe's|CVS Pharmacy|Walgreens|McDonald's|Chipotle|Delta Air Lines|Airbnb|Booking.com|Etsy|\
    eBay|DoorDash|Instacart|Kroger|Safeway|Chevron|Exxon|Lowe's|Macy's|Nordstrom|Sephora|Zara|H&M|Nike|Adidas|Steam
    """)
    static let tickers = WordTable("""
    AAPL|MSFT|GOOGL|AMZN|NVDA|META|TSLA|BRK.B|JPM|V|JNJ|WMT|PG|MA|UNH|HD|DIS|BAC|XOM|KO|PEP|CSCO|ORCL|INTC|ADBE|\
    CRM|NFLX|AMD|QCOM|IBM|NKE|MCD|SBUX|PYPL|UBER|SHOP|SQ|T|VZ|PFE|MRK|ABBV|CVX|BA|CAT|GE|GS|MS|C|WFC
    """)
    static let currencyCodes = WordTable("USD|EUR|GBP|JPY|CNY|CAD|AUD|CHF|SEK|NOK|DKK|BRL|MXN|INR|KRW|SGD|HKD|NZD|ZAR|PLN")
    /// Each code's name and symbol, in `currencyCodes` order.
    static let currencyNames = ["US Dollar", "Euro", "British Pound", "Japanese Yen", "Chinese Yuan", "Canadian Dollar",
                                "Australian Dollar", "Swiss Franc", "Swedish Krona", "Norwegian Krone", "Danish Krone",
                                "Brazilian Real", "Mexican Peso", "Indian Rupee", "South Korean Won", "Singapore Dollar",
                                "Hong Kong Dollar", "New Zealand Dollar", "South African Rand", "Polish Zloty"]
    static let currencySymbols = ["$", "€", "£", "¥", "¥", "C$", "A$", "CHF", "kr", "kr", "kr", "R$", "MX$", "₹", "₩", "S$",
                                  "HK$", "NZ$", "R", "zł"]
    static let transactionTypes = WordTable("purchase|payment|refund|transfer|deposit|withdrawal|fee|interest|adjustment|chargeback")
    /// Most of a card account's transactions are purchases; refunds, fees and chargebacks are few.
    static let transactionTypeWeights: [Double] = [60, 8, 4, 8, 7, 6, 2, 2, 1, 0.5]
    static let cardTypes = WordTable("Visa|Mastercard|American Express|Discover")
    static let banks = WordTable("""
    DEUT|COBA|DRES|HYVE|BNPA|SOGE|CRLY|BSCH|BBVA|CAIX|ITAU|BRAD|CITI|CHAS|BOFA|WFBI|MUFG|SMBC|MHCB|HSBC|BARC|LOYD
    """)
}
