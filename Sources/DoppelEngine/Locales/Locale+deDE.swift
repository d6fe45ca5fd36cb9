extension LocaleData {
    static let deDE = LocaleData(
        code: "de_DE", country: "Germany", countryCode: "DE", currency: "EUR", nationality: "German",
        maleFirst: WordTable("""
        Lukas|Leon|Finn|Jonas|Paul|Luca|Felix|Maximilian|Elias|Noah|Ben|Louis|Henry|Julian|Tim|Moritz|Niklas|Jan|\
        Tobias|Florian|Sebastian|Alexander|Daniel|Christian|Stefan|Michael|Thomas|Andreas|Markus|Matthias|Frank|Jürgen|\
        Klaus|Uwe|Wolfgang|Dieter|Peter|Hans|Karl|Werner|Horst|Günter|Ralf|Sven|Jörg|Dirk|Oliver|Philipp|David|Simon|\
        Fabian|Kai|Lars|Marcel|Dennis|Patrick|Benedikt|Konstantin|Till|Emil
        """),
        femaleFirst: WordTable("""
        Emma|Mia|Hannah|Sophia|Emilia|Lina|Marie|Lea|Anna|Lena|Laura|Julia|Sarah|Lisa|Katharina|Johanna|Clara|Charlotte|\
        Sabine|Petra|Monika|Andrea|Claudia|Susanne|Birgit|Stefanie|Nicole|Kerstin|Anja|Heike|Ursula|Renate|Ingrid|\
        Gabriele|Karin|Christina|Franziska|Jana|Nina|Vanessa|Jessica|Melanie|Sandra|Tanja|Silke|Greta|Frieda|Ida|Paula|\
        Luisa|Amelie|Leonie|Jule|Maja|Nele|Helga|Ilse|Elke|Anke|Jutta
        """),
        last: WordTable("""
        Müller|Schmidt|Schneider|Fischer|Weber|Meyer|Wagner|Becker|Schulz|Hoffmann|Schäfer|Koch|Bauer|Richter|Klein|\
        Wolf|Schröder|Neumann|Schwarz|Zimmermann|Braun|Krüger|Hofmann|Hartmann|Lange|Schmitt|Werner|Schmitz|Krause|\
        Meier|Lehmann|Schmid|Schulze|Maier|Köhler|Herrmann|König|Walter|Mayer|Huber|Kaiser|Fuchs|Peters|Lang|Scholz|\
        Möller|Weiß|Jung|Hahn|Schubert|Vogel|Friedrich|Keller|Günther|Frank|Berger|Winkler|Roth|Beck|Lorenz|Baumann|\
        Franke|Albrecht|Schuster|Simon|Ludwig|Böhm|Winter|Kraus|Martin|Schumacher|Krämer|Vogt|Stein|Jäger|Otto|Sommer|\
        Groß|Seidel|Heinrich|Brandt|Haas|Schreiber|Graf|Schulte|Dietrich|Ziegler|Kuhn|Kühn|Pohl|Engel|Horn|Busch|Bergmann
        """),
        maleFirstLatin: nil, femaleFirstLatin: nil, lastLatin: nil,
        cities: RecordTable("""
        Berlin|Berlin|BE|10|52.5200|13.4050|Europe/Berlin;Hamburg|Hamburg|HH|20|53.5511|9.9937|Europe/Berlin;\
        München|Bayern|BY|80|48.1351|11.5820|Europe/Berlin;Köln|Nordrhein-Westfalen|NW|50|50.9375|6.9603|Europe/Berlin;\
        Frankfurt am Main|Hessen|HE|60|50.1109|8.6821|Europe/Berlin;Stuttgart|Baden-Württemberg|BW|70|48.7758|9.1829|Europe/Berlin;\
        Düsseldorf|Nordrhein-Westfalen|NW|40|51.2277|6.7735|Europe/Berlin;Leipzig|Sachsen|SN|04|51.3397|12.3731|Europe/Berlin;\
        Dortmund|Nordrhein-Westfalen|NW|44|51.5136|7.4653|Europe/Berlin;Essen|Nordrhein-Westfalen|NW|45|51.4556|7.0116|Europe/Berlin;\
        Bremen|Bremen|HB|28|53.0793|8.8017|Europe/Berlin;Dresden|Sachsen|SN|01|51.0504|13.7373|Europe/Berlin;\
        Hannover|Niedersachsen|NI|30|52.3759|9.7320|Europe/Berlin;Nürnberg|Bayern|BY|90|49.4521|11.0767|Europe/Berlin;\
        Duisburg|Nordrhein-Westfalen|NW|47|51.4344|6.7623|Europe/Berlin;Bochum|Nordrhein-Westfalen|NW|44|51.4818|7.2162|Europe/Berlin;\
        Wuppertal|Nordrhein-Westfalen|NW|42|51.2562|7.1508|Europe/Berlin;Bielefeld|Nordrhein-Westfalen|NW|33|52.0302|8.5325|Europe/Berlin;\
        Bonn|Nordrhein-Westfalen|NW|53|50.7374|7.0982|Europe/Berlin;Münster|Nordrhein-Westfalen|NW|48|51.9607|7.6261|Europe/Berlin;\
        Mannheim|Baden-Württemberg|BW|68|49.4875|8.4660|Europe/Berlin;Karlsruhe|Baden-Württemberg|BW|76|49.0069|8.4037|Europe/Berlin;\
        Augsburg|Bayern|BY|86|48.3705|10.8978|Europe/Berlin;Wiesbaden|Hessen|HE|65|50.0782|8.2398|Europe/Berlin;\
        Kiel|Schleswig-Holstein|SH|24|54.3233|10.1228|Europe/Berlin;Magdeburg|Sachsen-Anhalt|ST|39|52.1205|11.6276|Europe/Berlin;\
        Freiburg im Breisgau|Baden-Württemberg|BW|79|47.9990|7.8421|Europe/Berlin;Rostock|Mecklenburg-Vorpommern|MV|18|54.0924|12.0991|Europe/Berlin;\
        Mainz|Rheinland-Pfalz|RP|55|49.9929|8.2473|Europe/Berlin;Erfurt|Thüringen|TH|99|50.9848|11.0299|Europe/Berlin;\
        Saarbrücken|Saarland|SL|66|49.2402|6.9969|Europe/Berlin;Potsdam|Brandenburg|BB|14|52.3906|13.0645|Europe/Berlin;\
        Schwerin|Mecklenburg-Vorpommern|MV|19|53.6355|11.4012|Europe/Berlin;Regensburg|Bayern|BY|93|49.0134|12.1016|Europe/Berlin
        """, columns: 7),
        postalFormat: "#####",
        streets: WordTable("""
        Hauptstraße|Schulstraße|Gartenstraße|Bahnhofstraße|Dorfstraße|Bergstraße|Birkenweg|Lindenstraße|Kirchstraße|\
        Waldstraße|Ringstraße|Schillerstraße|Goethestraße|Mühlenweg|Wiesenweg|Rosenstraße|Am Markt|Friedrichstraße|\
        Mozartstraße|Beethovenstraße|Lessingstraße|Feldstraße|Jahnstraße|Blumenstraße|Eichenweg|Amselweg|Talstraße|\
        Marktplatz|Poststraße|Kastanienallee|Uhlandstraße|Parkstraße|Sonnenstraße|Lerchenweg|Tannenweg|Burgstraße
        """),
        streetSuffixes: nil, streetStyle: .numberLast, addressStyle: .europe,
        phoneFormats: WordTable("+49 %## #######|0%## #######|+49 1## ########|0%# ########|+49 %# ########"),
        secondary: WordTable("Wohnung #|#. OG|Hinterhaus|App. ##"),
        emailDomains: WordTable("gmx.de|web.de|t-online.de|gmail.com|outlook.de|yahoo.de|posteo.de|freenet.de"),
        maleTitles: WordTable("Herr|Dr.|Prof. Dr."), femaleTitles: WordTable("Frau|Dr.|Prof. Dr."))
}
