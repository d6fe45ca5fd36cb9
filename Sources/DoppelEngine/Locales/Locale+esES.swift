extension LocaleData {
    static let esES = LocaleData(
        code: "es_ES", country: "Spain", countryCode: "ES", currency: "EUR", nationality: "Spanish",
        maleFirst: WordTable("""
        Antonio|José|Manuel|Francisco|David|Juan|Javier|Daniel|Carlos|Jesús|Alejandro|Miguel|Rafael|Pablo|Pedro|Ángel|\
        Sergio|Fernando|Jorge|Luis|Alberto|Álvaro|Diego|Adrián|Raúl|Enrique|Ramón|Vicente|Iván|Rubén|Óscar|Andrés|\
        Joaquín|Santiago|Eduardo|Víctor|Roberto|Jaime|Mario|Ignacio|Alfonso|Salvador|Ricardo|Marcos|Jordi|Hugo|\
        Martín|Lucas|Mateo|Leo|Gonzalo|Guillermo|Emilio|Julián|Tomás
        """),
        femaleFirst: WordTable("""
        María|Carmen|Ana|Isabel|Laura|Cristina|Marta|Lucía|Pilar|Elena|Rosa|Paula|Raquel|Sara|Sofía|Manuela|Mercedes|\
        Beatriz|Julia|Silvia|Patricia|Rocío|Irene|Alba|Andrea|Nuria|Montserrat|Teresa|Dolores|Concepción|Encarnación|\
        Inmaculada|Eva|Sonia|Alicia|Marina|Claudia|Natalia|Esther|Lorena|Noelia|Carla|Daniela|Valeria|Martina|Lola|\
        Victoria|Inés|Emma|Olivia|Ainhoa|Nerea|Blanca|Begoña|Yolanda
        """),
        last: WordTable("""
        García|Rodríguez|González|Fernández|López|Martínez|Sánchez|Pérez|Gómez|Martín|Jiménez|Ruiz|Hernández|Díaz|\
        Moreno|Muñoz|Álvarez|Romero|Alonso|Gutiérrez|Navarro|Torres|Domínguez|Vázquez|Ramos|Gil|Ramírez|Serrano|Blanco|\
        Molina|Morales|Suárez|Ortega|Delgado|Castro|Ortiz|Rubio|Marín|Sanz|Núñez|Iglesias|Medina|Garrido|Cortés|\
        Castillo|Santos|Lozano|Guerrero|Cano|Prieto|Méndez|Cruz|Calvo|Gallego|Vidal|León|Márquez|Herrera|Peña|Flores|\
        Cabrera|Campos|Vega|Fuentes|Carrasco|Diez|Caballero|Reyes|Nieto|Aguilar|Pascual|Santana|Herrero|Lorenzo|Montero|\
        Hidalgo|Giménez|Ibáñez|Ferrer|Durán|Santiago|Benítez|Mora|Vicente|Vargas|Arias|Carmona|Crespo|Román|Pastor
        """),
        maleFirstLatin: nil, femaleFirstLatin: nil, lastLatin: nil,
        cities: RecordTable("""
        Madrid|Comunidad de Madrid|MD|280|40.4168|-3.7038|Europe/Madrid;Barcelona|Cataluña|CT|080|41.3874|2.1686|Europe/Madrid;\
        Valencia|Comunidad Valenciana|VC|460|39.4699|-0.3763|Europe/Madrid;Sevilla|Andalucía|AN|410|37.3891|-5.9845|Europe/Madrid;\
        Zaragoza|Aragón|AR|500|41.6488|-0.8891|Europe/Madrid;Málaga|Andalucía|AN|290|36.7213|-4.4214|Europe/Madrid;\
        Murcia|Región de Murcia|MC|300|37.9922|-1.1307|Europe/Madrid;Palma|Islas Baleares|IB|070|39.5696|2.6502|Europe/Madrid;\
        Las Palmas de Gran Canaria|Canarias|CN|350|28.1235|-15.4363|Atlantic/Canary;Bilbao|País Vasco|PV|480|43.2630|-2.9350|Europe/Madrid;\
        Alicante|Comunidad Valenciana|VC|030|38.3452|-0.4810|Europe/Madrid;Córdoba|Andalucía|AN|140|37.8882|-4.7794|Europe/Madrid;\
        Valladolid|Castilla y León|CL|470|41.6523|-4.7245|Europe/Madrid;Vigo|Galicia|GA|362|42.2406|-8.7207|Europe/Madrid;\
        Gijón|Asturias|AS|332|43.5322|-5.6611|Europe/Madrid;Granada|Andalucía|AN|180|37.1773|-3.5986|Europe/Madrid;\
        A Coruña|Galicia|GA|150|43.3623|-8.4115|Europe/Madrid;Vitoria-Gasteiz|País Vasco|PV|010|42.8467|-2.6716|Europe/Madrid;\
        Santa Cruz de Tenerife|Canarias|CN|380|28.4636|-16.2518|Atlantic/Canary;Pamplona|Navarra|NC|310|42.8125|-1.6458|Europe/Madrid;\
        Almería|Andalucía|AN|040|36.8340|-2.4637|Europe/Madrid;San Sebastián|País Vasco|PV|200|43.3183|-1.9812|Europe/Madrid;\
        Santander|Cantabria|CB|390|43.4623|-3.8100|Europe/Madrid;Burgos|Castilla y León|CL|090|42.3439|-3.6969|Europe/Madrid;\
        Salamanca|Castilla y León|CL|370|40.9701|-5.6635|Europe/Madrid;Logroño|La Rioja|RI|260|42.4627|-2.4450|Europe/Madrid;\
        Badajoz|Extremadura|EX|060|38.8794|-6.9707|Europe/Madrid;Toledo|Castilla-La Mancha|CM|450|39.8628|-4.0273|Europe/Madrid;\
        Oviedo|Asturias|AS|330|43.3619|-5.8494|Europe/Madrid;Cádiz|Andalucía|AN|110|36.5271|-6.2886|Europe/Madrid
        """, columns: 7),
        postalFormat: "#####",
        streets: WordTable("""
        Calle Mayor|Calle Real|Avenida de la Constitución|Calle del Sol|Plaza de España|Calle de Alcalá|Gran Vía|\
        Calle Nueva|Calle de la Iglesia|Avenida de Andalucía|Paseo de la Castellana|Calle San José|Calle Cervantes|\
        Calle de la Paz|Avenida del Mar|Calle Luna|Calle Goya|Ronda de Toledo|Calle Serrano|Avenida de América|\
        Calle Velázquez|Calle Princesa|Paseo del Prado|Calle de Atocha|Camino Real|Calle del Carmen|Calle Libertad|\
        Rambla de Catalunya|Calle Colón|Avenida de la Paz
        """),
        streetSuffixes: nil, streetStyle: .numberAfterComma, addressStyle: .europe,
        phoneFormats: WordTable("+34 6## ### ###|6## ### ###|9%# ## ## ##|+34 9%# ### ###|7## ## ## ##"),
        secondary: WordTable("Piso %|%º %ª|Puerta %|Escalera %"),
        emailDomains: WordTable("gmail.com|hotmail.es|yahoo.es|outlook.es|telefonica.net|movistar.es|ono.com|icloud.com"),
        maleTitles: WordTable("Sr.|Dr."), femaleTitles: WordTable("Sra.|Srta.|Dra."))
}
