/// The word lists the kinds draw from, embedded in the binary.
enum Words {
    static let lorem = WordTable("""
    time|person|year|way|day|thing|world|life|hand|part|place|case|week|system|program|question|work|number|night|\
    point|home|water|room|area|money|story|fact|month|lot|right|study|book|eye|job|word|business|issue|side|kind|head|\
    house|service|friend|power|hour|game|line|end|member|law|car|city|community|name|team|minute|idea|body|\
    information|back|parent|face|level|office|door|health|art|war|history|party|result|change|morning|reason|\
    research|moment|air|teacher|force|education|foot|boy|age|policy|process|music|market|sense|nation|plan|college|\
    interest|death|experience|effect|class|control|care|field|development|role|effort|rate|heart|drug|show|leader|\
    light|voice|wife|police|mind|price|report|decision|son|view|relationship|town|road|arm|difference|value|building|\
    action|model|season|society|tax|director|position|player|record|paper|space|ground|form|event|official|matter|\
    center|couple|site|project|activity|star|table|need|court|oil|situation|cost|industry|figure|street|image|phone|\
    data|picture|practice|piece|land|product|doctor|wall|patient|worker|news|test|movie|north|love|support|technology|\
    step|baby|computer|type|attention|film|tree|source|organization|hair|window|evidence|population|bank|garden|\
    quick|bright|simple|green|quiet|early|strong|clear|fresh|happy|modern|local|final|common|open|easy|small|large
    """)
    static let adjectives = WordTable("""
    new|good|high|great|small|large|young|important|public|bad|real|best|right|social|strong|free|true|whole|clear|\
    recent|certain|personal|open|simple|short|private|easy|modern|local|final|classic|quiet|bright|smart|rapid|\
    reliable|practical|elegant|durable|compact|premium|essential|natural|original|secure|flexible|global|digital
    """)
    static let domainWords = WordTable("""
    blue|north|river|stone|bright|cloud|peak|harbor|pixel|maple|summit|urban|prime|swift|nova|apex|cedar|delta|\
    echo|vista|lumen|orbit|true|next|open|smart|green|global|metro|quantum|silver|golden|rapid|clear|solid|alpha|\
    data|tech|labs|works|hub|soft|media|group|systems|net|link|wave|craft|point
    """)
    static let tlds = WordTable("com|com|com|net|org|io|co|biz|info|dev|app")
    static let urlPaths = WordTable("""
    about|blog|products|services|contact|news|help|docs|pricing|careers|support|category|search|account|articles|\
    events|shop|team|faq|resources|guides|press|legal|privacy|terms|features|downloads|community|partners|solutions
    """)
    static let nationalities = WordTable("""
    American|Canadian|Mexican|Brazilian|Argentinian|British|Irish|French|German|Spanish|Portuguese|Italian|Dutch|\
    Belgian|Swiss|Austrian|Swedish|Norwegian|Danish|Finnish|Polish|Czech|Greek|Turkish|Indian|Chinese|Japanese|\
    Korean|Vietnamese|Filipino|Indonesian|Australian|Nigerian|Kenyan|Egyptian|South African|Moroccan|Colombian|Chilean|Peruvian
    """)
    static let nameSuffixes = WordTable("Jr.|Sr.|II|III|IV|PhD|MD|DDS|Esq.")
    static let colors = WordTable("""
    red|blue|green|black|white|gray|silver|gold|navy|teal|maroon|olive|purple|orange|yellow|pink|brown|beige|ivory|\
    turquoise|coral|lavender|indigo|crimson|charcoal|mint|salmon|tan|burgundy|emerald|khaki|plum|cyan|magenta|sky blue
    """)
    static let colorHex = WordTable("""
    #ff0000|#0000ff|#008000|#000000|#ffffff|#808080|#c0c0c0|#ffd700|#000080|#008080|#800000|#808000|#800080|\
    #ffa500|#ffff00|#ffc0cb|#a52a2a|#f5f5dc|#fffff0|#40e0d0|#ff7f50|#e6e6fa|#4b0082|#dc143c|#36454f|#98ff98|#fa8072|\
    #d2b48c|#800020|#50c878|#f0e68c|#dda0dd|#00ffff|#ff00ff|#87ceeb
    """)
}
