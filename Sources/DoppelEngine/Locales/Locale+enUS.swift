extension LocaleData {
    static let enUS = LocaleData(
        code: "en_US", country: "United States", countryCode: "US", currency: "USD", nationality: "American",
        maleFirst: WordTable("""
        James|Robert|John|Michael|David|William|Richard|Joseph|Thomas|Christopher|Charles|Daniel|Matthew|Anthony|Mark|\
        Donald|Steven|Andrew|Paul|Joshua|Kenneth|Kevin|Brian|George|Timothy|Ronald|Jason|Edward|Jeffrey|Ryan|Jacob|\
        Gary|Nicholas|Eric|Jonathan|Stephen|Larry|Justin|Scott|Brandon|Benjamin|Samuel|Gregory|Alexander|Patrick|Frank|\
        Raymond|Jack|Dennis|Jerry|Tyler|Aaron|Jose|Adam|Nathan|Henry|Zachary|Douglas|Peter|Kyle|Noah|Ethan|Jeremy|\
        Walter|Christian|Keith|Roger|Terry|Austin|Sean|Gerald|Carl|Harold|Dylan|Arthur|Lawrence|Jordan|Jesse|Bryan|\
        Billy|Bruce|Gabriel|Joe|Logan|Alan|Juan|Albert|Willie|Elijah|Wayne|Randy|Vincent|Mason|Roy|Ralph|Bobby|Russell|\
        Bradley|Philip|Eugene|Liam|Lucas|Owen|Caleb|Isaac|Luke|Marcus|Miguel|Carlos|Luis|Wyatt|Hunter|Connor|Evan
        """),
        femaleFirst: WordTable("""
        Mary|Patricia|Jennifer|Linda|Elizabeth|Barbara|Susan|Jessica|Karen|Sarah|Lisa|Nancy|Sandra|Betty|Ashley|\
        Emily|Donna|Michelle|Carol|Amanda|Melissa|Deborah|Stephanie|Dorothy|Rebecca|Sharon|Laura|Cynthia|Amy|Kathleen|\
        Angela|Shirley|Brenda|Emma|Anna|Pamela|Nicole|Samantha|Katherine|Christine|Helen|Debra|Rachel|Carolyn|Janet|\
        Maria|Catherine|Heather|Diane|Olivia|Julie|Joyce|Victoria|Ruth|Virginia|Lauren|Kelly|Christina|Joan|Evelyn|\
        Judith|Andrea|Hannah|Megan|Cheryl|Jacqueline|Martha|Madison|Teresa|Gloria|Sara|Janice|Ann|Kathryn|Abigail|\
        Sophia|Frances|Jean|Alice|Judy|Isabella|Julia|Grace|Amber|Denise|Danielle|Marilyn|Beverly|Charlotte|Natalie|\
        Theresa|Diana|Brittany|Doris|Kayla|Alexis|Lori|Marie|Ava|Mia|Harper|Chloe|Ella|Avery|Scarlett|Zoe|Lily|Nora|\
        Riley|Aria|Layla|Leah|Audrey|Claire|Lucy|Stella|Hazel|Violet|Aurora|Savannah|Brooklyn|Bella|Paisley|Naomi
        """),
        last: WordTable("""
        Smith|Johnson|Williams|Brown|Jones|Garcia|Miller|Davis|Rodriguez|Martinez|Hernandez|Lopez|Gonzalez|Wilson|\
        Anderson|Thomas|Taylor|Moore|Jackson|Martin|Lee|Perez|Thompson|White|Harris|Sanchez|Clark|Ramirez|Lewis|\
        Robinson|Walker|Young|Allen|King|Wright|Scott|Torres|Nguyen|Hill|Flores|Green|Adams|Nelson|Baker|Hall|Rivera|\
        Campbell|Mitchell|Carter|Roberts|Gomez|Phillips|Evans|Turner|Diaz|Parker|Cruz|Edwards|Collins|Reyes|Stewart|\
        Morris|Morales|Murphy|Cook|Rogers|Gutierrez|Ortiz|Morgan|Cooper|Peterson|Bailey|Reed|Kelly|Howard|Ramos|Kim|\
        Cox|Ward|Richardson|Watson|Brooks|Chavez|Wood|James|Bennett|Gray|Mendoza|Ruiz|Hughes|Price|Alvarez|Castillo|\
        Sanders|Patel|Myers|Long|Ross|Foster|Jimenez|Powell|Jenkins|Perry|Russell|Sullivan|Bell|Coleman|Butler|\
        Henderson|Barnes|Gonzales|Fisher|Vasquez|Simmons|Romero|Jordan|Patterson|Alexander|Hamilton|Graham|Reynolds|\
        Griffin|Wallace|Moreno|West|Cole|Hayes|Bryant|Herrera|Gibson|Ellis|Tran|Medina|Aguilar|Stevens|Murray|Ford|\
        Castro|Marshall|Owens|Harrison|Fernandez|McDonald|Woods|Washington|Kennedy|Wells|Vargas|Henry|Chen|Freeman|\
        Webb|Tucker|Guzman|Burns|Crawford|Olson|Simpson|Porter|Hunter|Gordon|Mendez|Silva|Shaw|Snyder|Mason|Dixon|\
        Munoz|Hunt|Hicks|Holmes|Palmer|Wagner|Black|Robertson|Boyd|Rose|Stone|Salazar|Fox|Warren|Mills|Meyer|Rice|\
        Schmidt|Garza|Daniels|Ferguson|Nichols|Stephens|Soto|Weaver|Ryan|Gardner|Payne|Grant|Dunn|Kelley|Spencer|\
        Hawkins|Arnold|Pierce|Vazquez|Hansen|Peters|Santos|Hart|Bradley|Knight|Elliott|Cunningham|Duncan|Armstrong|\
        Hudson|Carroll|Lane|Riley|Andrews|Alvarado|Ray|Delgado|Berry|Perkins|Hoffman|Johnston|Matthews|Pena|Richards|\
        Willis|Carpenter|Lawrence|Sandoval|Guerrero|George|Chapman|Rios|Estrada|Ortega|Watkins|Greene|Nunez|Wheeler
        """),
        maleFirstLatin: nil, femaleFirstLatin: nil, lastLatin: nil,
        cities: RecordTable("""
        New York|New York|NY|100|40.7128|-74.0060|America/New_York;Los Angeles|California|CA|900|34.0522|-118.2437|America/Los_Angeles;\
        Chicago|Illinois|IL|606|41.8781|-87.6298|America/Chicago;Houston|Texas|TX|770|29.7604|-95.3698|America/Chicago;\
        Phoenix|Arizona|AZ|850|33.4484|-112.0740|America/Phoenix;Philadelphia|Pennsylvania|PA|191|39.9526|-75.1652|America/New_York;\
        San Antonio|Texas|TX|782|29.4241|-98.4936|America/Chicago;San Diego|California|CA|921|32.7157|-117.1611|America/Los_Angeles;\
        Dallas|Texas|TX|752|32.7767|-96.7970|America/Chicago;San Jose|California|CA|951|37.3382|-121.8863|America/Los_Angeles;\
        Austin|Texas|TX|787|30.2672|-97.7431|America/Chicago;Jacksonville|Florida|FL|322|30.3322|-81.6557|America/New_York;\
        Fort Worth|Texas|TX|761|32.7555|-97.3308|America/Chicago;Columbus|Ohio|OH|432|39.9612|-82.9988|America/New_York;\
        Charlotte|North Carolina|NC|282|35.2271|-80.8431|America/New_York;San Francisco|California|CA|941|37.7749|-122.4194|America/Los_Angeles;\
        Indianapolis|Indiana|IN|462|39.7684|-86.1581|America/Indiana/Indianapolis;Seattle|Washington|WA|981|47.6062|-122.3321|America/Los_Angeles;\
        Denver|Colorado|CO|802|39.7392|-104.9903|America/Denver;Washington|District of Columbia|DC|200|38.9072|-77.0369|America/New_York;\
        Boston|Massachusetts|MA|021|42.3601|-71.0589|America/New_York;Nashville|Tennessee|TN|372|36.1627|-86.7816|America/Chicago;\
        El Paso|Texas|TX|799|31.7619|-106.4850|America/Denver;Detroit|Michigan|MI|482|42.3314|-83.0458|America/Detroit;\
        Oklahoma City|Oklahoma|OK|731|35.4676|-97.5164|America/Chicago;Portland|Oregon|OR|972|45.5152|-122.6784|America/Los_Angeles;\
        Las Vegas|Nevada|NV|891|36.1699|-115.1398|America/Los_Angeles;Memphis|Tennessee|TN|381|35.1495|-90.0490|America/Chicago;\
        Louisville|Kentucky|KY|402|38.2527|-85.7585|America/Kentucky/Louisville;Baltimore|Maryland|MD|212|39.2904|-76.6122|America/New_York;\
        Milwaukee|Wisconsin|WI|532|43.0389|-87.9065|America/Chicago;Albuquerque|New Mexico|NM|871|35.0844|-106.6504|America/Denver;\
        Tucson|Arizona|AZ|857|32.2226|-110.9747|America/Phoenix;Fresno|California|CA|937|36.7378|-119.7871|America/Los_Angeles;\
        Sacramento|California|CA|958|38.5816|-121.4944|America/Los_Angeles;Kansas City|Missouri|MO|641|39.0997|-94.5786|America/Chicago;\
        Mesa|Arizona|AZ|852|33.4152|-111.8315|America/Phoenix;Atlanta|Georgia|GA|303|33.7490|-84.3880|America/New_York;\
        Omaha|Nebraska|NE|681|41.2565|-95.9345|America/Chicago;Colorado Springs|Colorado|CO|809|38.8339|-104.8214|America/Denver;\
        Raleigh|North Carolina|NC|276|35.7796|-78.6382|America/New_York;Miami|Florida|FL|331|25.7617|-80.1918|America/New_York;\
        Minneapolis|Minnesota|MN|554|44.9778|-93.2650|America/Chicago;Tulsa|Oklahoma|OK|741|36.1540|-95.9928|America/Chicago;\
        Cleveland|Ohio|OH|441|41.4993|-81.6944|America/New_York;Wichita|Kansas|KS|672|37.6872|-97.3301|America/Chicago;\
        New Orleans|Louisiana|LA|701|29.9511|-90.0715|America/Chicago;Tampa|Florida|FL|336|27.9506|-82.4572|America/New_York;\
        Honolulu|Hawaii|HI|968|21.3069|-157.8583|Pacific/Honolulu;Anchorage|Alaska|AK|995|61.2181|-149.9003|America/Anchorage;\
        Pittsburgh|Pennsylvania|PA|152|40.4406|-79.9959|America/New_York;Cincinnati|Ohio|OH|452|39.1031|-84.5120|America/New_York;\
        St. Louis|Missouri|MO|631|38.6270|-90.1994|America/Chicago;Orlando|Florida|FL|328|28.5383|-81.3792|America/New_York;\
        Salt Lake City|Utah|UT|841|40.7608|-111.8910|America/Denver;Richmond|Virginia|VA|232|37.5407|-77.4360|America/New_York;\
        Boise|Idaho|ID|837|43.6150|-116.2023|America/Boise;Des Moines|Iowa|IA|503|41.5868|-93.6250|America/Chicago;\
        Madison|Wisconsin|WI|537|43.0731|-89.4012|America/Chicago;Birmingham|Alabama|AL|352|33.5186|-86.8104|America/Chicago;\
        Providence|Rhode Island|RI|029|41.8240|-71.4128|America/New_York;Hartford|Connecticut|CT|061|41.7658|-72.6734|America/New_York;\
        Buffalo|New York|NY|142|42.8864|-78.8784|America/New_York;Spokane|Washington|WA|992|47.6588|-117.4260|America/Los_Angeles;\
        Little Rock|Arkansas|AR|722|34.7465|-92.2896|America/Chicago;Charleston|South Carolina|SC|294|32.7765|-79.9311|America/New_York;\
        Burlington|Vermont|VT|054|44.4759|-73.2121|America/New_York;Portland|Maine|ME|041|43.6591|-70.2568|America/New_York;\
        Jackson|Mississippi|MS|392|32.2988|-90.1848|America/Chicago;Fargo|North Dakota|ND|581|46.8772|-96.7898|America/Chicago;\
        Sioux Falls|South Dakota|SD|571|43.5446|-96.7311|America/Chicago;Cheyenne|Wyoming|WY|820|41.1400|-104.8202|America/Denver;\
        Billings|Montana|MT|591|45.7833|-108.5007|America/Denver;Manchester|New Hampshire|NH|031|42.9956|-71.4548|America/New_York;\
        Wilmington|Delaware|DE|198|39.7391|-75.5398|America/New_York;Newark|New Jersey|NJ|071|40.7357|-74.1724|America/New_York;\
        Charleston|West Virginia|WV|253|38.3498|-81.6326|America/New_York
        """, columns: 7),
        postalFormat: "#####",
        streets: WordTable("""
        Main|Oak|Maple|Cedar|Pine|Elm|Washington|Lake|Hill|Park|Walnut|Sunset|Lincoln|Jackson|Church|River|\
        Highland|Madison|Jefferson|Franklin|Chestnut|Spring|Forest|Meadow|Willow|Ridge|Adams|Center|Valley|Dogwood|\
        Sycamore|Birch|Hickory|Cherry|Laurel|Magnolia|Mill|Broad|Market|Union|Railroad|Prospect|Pleasant|Orchard|\
        Lakeview|Fairview|Riverside|Woodland|Grove|Green|Front|Water|Spruce|Poplar|Heritage|Colonial|Liberty|Hillcrest
        """),
        streetSuffixes: WordTable("Street|Avenue|Road|Lane|Drive|Court|Boulevard|Way|Place|Terrace|Circle|Parkway"),
        streetStyle: .numberFirst, addressStyle: .us,
        phoneFormats: WordTable("(%##) %##-####|%##-%##-####|+1 %##-%##-####|%##.%##.####"),
        secondary: WordTable("Apt. ###|Suite ###|Unit ##|Apt. #%|Floor %"),
        emailDomains: WordTable("gmail.com|yahoo.com|outlook.com|hotmail.com|aol.com|icloud.com|proton.me|comcast.net"),
        maleTitles: WordTable("Mr.|Dr."), femaleTitles: WordTable("Ms.|Mrs.|Dr.|Miss"))
}
