
extension LocaleData {
    static let frFR = LocaleData(
        code: "fr_FR", country: "France", countryCode: "FR", currency: "EUR", nationality: "French",
        maleFirst: WordTable("""
        Jean|Pierre|Michel|André|Philippe|Louis|Nicolas|François|Thomas|Julien|Antoine|Lucas|Hugo|Gabriel|Léo|Arthur|\
        Raphaël|Jules|Mathis|Théo|Nathan|Maxime|Alexandre|Guillaume|Sébastien|Christophe|Olivier|Laurent|Frédéric|\
        Stéphane|Éric|Patrick|Alain|Bernard|Daniel|Jacques|Claude|Henri|Paul|Romain|Quentin|Clément|Benjamin|Adrien|\
        Vincent|Mathieu|Yann|Baptiste|Étienne|Rémi|Gaël|Loïc|Cédric|Fabien|Damien
        """),
        femaleFirst: WordTable("""
        Marie|Nathalie|Isabelle|Sylvie|Catherine|Françoise|Anne|Christine|Monique|Sophie|Camille|Léa|Manon|Chloé|Emma|\
        Inès|Jade|Louise|Alice|Lina|Zoé|Juliette|Sarah|Julie|Céline|Aurélie|Émilie|Élodie|Stéphanie|Valérie|Sandrine|\
        Caroline|Virginie|Laetitia|Audrey|Pauline|Margaux|Lucie|Clara|Charlotte|Mathilde|Océane|Anaïs|Hélène|Brigitte|\
        Martine|Nicole|Jacqueline|Geneviève|Agnès|Claire|Mélanie|Amandine|Coralie|Noémie
        """),
        last: WordTable("""
        Martin|Bernard|Thomas|Petit|Robert|Richard|Durand|Dubois|Moreau|Laurent|Simon|Michel|Lefèvre|Leroy|Roux|David|\
        Bertrand|Morel|Fournier|Girard|Bonnet|Dupont|Lambert|Fontaine|Rousseau|Vincent|Muller|Lefebvre|Faure|André|\
        Mercier|Blanc|Guérin|Boyer|Garnier|Chevalier|François|Legrand|Gauthier|Garcia|Perrin|Robin|Clément|Morin|\
        Nicolas|Henry|Roussel|Mathieu|Gautier|Masson|Marchand|Duval|Denis|Dumont|Marie|Lemaire|Noël|Meyer|Dufour|\
        Meunier|Brun|Blanchard|Giraud|Joly|Rivière|Lucas|Brunet|Gaillard|Barbier|Arnaud|Martinez|Gérard|Roche|Renard|\
        Schmitt|Roy|Leroux|Colin|Vidal|Caron|Picard|Roger|Fabre|Aubert|Lemoine|Renaud|Dumas|Lacroix|Olivier|Philippe
        """),
        maleFirstLatin: nil, femaleFirstLatin: nil, lastLatin: nil,
        cities: RecordTable("""
        Paris|Île-de-France|IDF|750|48.8566|2.3522|Europe/Paris;Marseille|Provence-Alpes-Côte d'Azur|PAC|130|43.2965|5.3698|Europe/Paris;\
        Lyon|Auvergne-Rhône-Alpes|ARA|690|45.7640|4.8357|Europe/Paris;Toulouse|Occitanie|OCC|310|43.6047|1.4442|Europe/Paris;\
        Nice|Provence-Alpes-Côte d'Azur|PAC|060|43.7102|7.2620|Europe/Paris;Nantes|Pays de la Loire|PDL|440|47.2184|-1.5536|Europe/Paris;\
        Strasbourg|Grand Est|GES|670|48.5734|7.7521|Europe/Paris;Montpellier|Occitanie|OCC|340|43.6108|3.8767|Europe/Paris;\
        Bordeaux|Nouvelle-Aquitaine|NAQ|330|44.8378|-0.5792|Europe/Paris;Lille|Hauts-de-France|HDF|590|50.6292|3.0573|Europe/Paris;\
        Rennes|Bretagne|BRE|350|48.1173|-1.6778|Europe/Paris;Reims|Grand Est|GES|511|49.2583|4.0317|Europe/Paris;\
        Le Havre|Normandie|NOR|766|49.4944|0.1079|Europe/Paris;Saint-Étienne|Auvergne-Rhône-Alpes|ARA|420|45.4397|4.3872|Europe/Paris;\
        Toulon|Provence-Alpes-Côte d'Azur|PAC|830|43.1242|5.9280|Europe/Paris;Grenoble|Auvergne-Rhône-Alpes|ARA|380|45.1885|5.7245|Europe/Paris;\
        Dijon|Bourgogne-Franche-Comté|BFC|210|47.3220|5.0415|Europe/Paris;Angers|Pays de la Loire|PDL|490|47.4784|-0.5632|Europe/Paris;\
        Nîmes|Occitanie|OCC|300|43.8367|4.3601|Europe/Paris;Clermont-Ferrand|Auvergne-Rhône-Alpes|ARA|630|45.7772|3.0870|Europe/Paris;\
        Le Mans|Pays de la Loire|PDL|720|48.0061|0.1996|Europe/Paris;Aix-en-Provence|Provence-Alpes-Côte d'Azur|PAC|131|43.5297|5.4474|Europe/Paris;\
        Brest|Bretagne|BRE|292|48.3904|-4.4861|Europe/Paris;Tours|Centre-Val de Loire|CVL|370|47.3941|0.6848|Europe/Paris;\
        Amiens|Hauts-de-France|HDF|800|49.8941|2.2958|Europe/Paris;Limoges|Nouvelle-Aquitaine|NAQ|870|45.8336|1.2611|Europe/Paris;\
        Metz|Grand Est|GES|570|49.1193|6.1757|Europe/Paris;Besançon|Bourgogne-Franche-Comté|BFC|250|47.2378|6.0241|Europe/Paris;\
        Orléans|Centre-Val de Loire|CVL|450|47.9030|1.9093|Europe/Paris;Rouen|Normandie|NOR|760|49.4432|1.0999|Europe/Paris;\
        Caen|Normandie|NOR|140|49.1829|-0.3707|Europe/Paris;Nancy|Grand Est|GES|540|48.6921|6.1844|Europe/Paris
        """, columns: 7),
        postalFormat: "#####",
        streets: WordTable("""
        rue de la Paix|rue Victor Hugo|avenue de la République|rue du Moulin|rue de l'Église|boulevard Voltaire|\
        rue Jean Jaurès|place de la Mairie|rue des Écoles|avenue Foch|rue Pasteur|rue de la Gare|rue Nationale|\
        chemin des Vignes|rue du Château|allée des Tilleuls|rue Gambetta|rue Émile Zola|avenue du Général de Gaulle|\
        rue de Verdun|impasse des Lilas|rue des Jardins|quai de la Loire|rue Saint-Michel|rue du Faubourg|\
        boulevard Haussmann|rue de Rivoli|rue Lafayette|rue Molière|avenue des Champs
        """),
        streetSuffixes: nil, streetStyle: .numberFirst, addressStyle: .europe,
        phoneFormats: WordTable("0%########|0% ## ## ## ##|+33 % ## ## ## ##|06 ## ## ## ##|07 ## ## ## ##|+33 6 ## ## ## ##"),
        secondary: WordTable("Appartement ##|Bâtiment %|Étage %|Apt. ##"),
        emailDomains: WordTable("orange.fr|free.fr|gmail.com|laposte.net|sfr.fr|hotmail.fr|yahoo.fr|wanadoo.fr"),
        maleTitles: WordTable("M.|Dr"), femaleTitles: WordTable("Mme|Mlle|Dr"))
}
