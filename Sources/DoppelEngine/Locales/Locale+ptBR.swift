extension LocaleData {
    static let ptBR = LocaleData(
        code: "pt_BR", country: "Brazil", countryCode: "BR", currency: "BRL", nationality: "Brazilian",
        maleFirst: WordTable("""
        João|Pedro|Lucas|Gabriel|Matheus|Rafael|Gustavo|Felipe|Bruno|Guilherme|Leonardo|Rodrigo|Thiago|Diego|Eduardo|\
        Carlos|Marcelo|Paulo|Ricardo|André|Fernando|Luiz|José|Antônio|Francisco|Marcos|Daniel|Vinícius|Caio|Henrique|\
        Samuel|Enzo|Miguel|Arthur|Heitor|Bernardo|Davi|Lorenzo|Théo|Murilo|Otávio|Renato|Sérgio|Fábio|Igor|Alexandre|\
        Roberto|Júlio|Wagner|Anderson|Leandro|Márcio|Cláudio|Raimundo|Sebastião
        """),
        femaleFirst: WordTable("""
        Maria|Ana|Juliana|Fernanda|Mariana|Patrícia|Aline|Camila|Amanda|Bruna|Jéssica|Letícia|Larissa|Beatriz|Gabriela|\
        Luana|Vanessa|Carolina|Natália|Adriana|Sandra|Márcia|Cláudia|Luciana|Tatiane|Daniela|Renata|Priscila|Raquel|\
        Simone|Vitória|Alice|Helena|Laura|Valentina|Sophia|Manuela|Isabela|Lívia|Cecília|Lorena|Clara|Heloísa|Yasmin|\
        Rafaela|Débora|Fabiana|Cristiane|Eliane|Rosângela|Francisca|Antônia|Tereza|Sônia|Regina
        """),
        last: WordTable("""
        Silva|Santos|Oliveira|Souza|Rodrigues|Ferreira|Alves|Pereira|Lima|Gomes|Costa|Ribeiro|Martins|Carvalho|Almeida|\
        Lopes|Soares|Fernandes|Vieira|Barbosa|Rocha|Dias|Nascimento|Andrade|Moreira|Nunes|Marques|Machado|Mendes|\
        Freitas|Cardoso|Ramos|Gonçalves|Santana|Teixeira|Araújo|Pinto|Correia|Cavalcanti|Monteiro|Moura|Campos|\
        Barros|Castro|Reis|Batista|Miranda|Azevedo|Duarte|Cunha|Farias|Melo|Borges|Pires|Fonseca|Rezende|Xavier|Brito|\
        Magalhães|Macedo|Tavares|Guimarães|Medeiros|Peixoto|Sales|Bezerra|Queiroz|Siqueira|Aguiar|Coelho|Cruz|Matos
        """),
        maleFirstLatin: nil, femaleFirstLatin: nil, lastLatin: nil,
        cities: RecordTable("""
        São Paulo|São Paulo|SP|01|-23.5505|-46.6333|America/Sao_Paulo;Rio de Janeiro|Rio de Janeiro|RJ|20|-22.9068|-43.1729|America/Sao_Paulo;\
        Brasília|Distrito Federal|DF|70|-15.7939|-47.8828|America/Sao_Paulo;Salvador|Bahia|BA|40|-12.9777|-38.5016|America/Bahia;\
        Fortaleza|Ceará|CE|60|-3.7319|-38.5267|America/Fortaleza;Belo Horizonte|Minas Gerais|MG|30|-19.9167|-43.9345|America/Sao_Paulo;\
        Manaus|Amazonas|AM|69|-3.1190|-60.0217|America/Manaus;Curitiba|Paraná|PR|80|-25.4284|-49.2733|America/Sao_Paulo;\
        Recife|Pernambuco|PE|50|-8.0476|-34.8770|America/Recife;Goiânia|Goiás|GO|74|-16.6869|-49.2648|America/Sao_Paulo;\
        Belém|Pará|PA|66|-1.4558|-48.4902|America/Belem;Porto Alegre|Rio Grande do Sul|RS|90|-30.0346|-51.2177|America/Sao_Paulo;\
        Guarulhos|São Paulo|SP|07|-23.4538|-46.5333|America/Sao_Paulo;Campinas|São Paulo|SP|13|-22.9099|-47.0626|America/Sao_Paulo;\
        São Luís|Maranhão|MA|65|-2.5307|-44.3068|America/Fortaleza;Maceió|Alagoas|AL|57|-9.6658|-35.7353|America/Maceio;\
        Natal|Rio Grande do Norte|RN|59|-5.7945|-35.2110|America/Fortaleza;Teresina|Piauí|PI|64|-5.0892|-42.8019|America/Fortaleza;\
        Campo Grande|Mato Grosso do Sul|MS|79|-20.4697|-54.6201|America/Campo_Grande;João Pessoa|Paraíba|PB|58|-7.1195|-34.8450|America/Fortaleza;\
        Florianópolis|Santa Catarina|SC|88|-27.5954|-48.5480|America/Sao_Paulo;Cuiabá|Mato Grosso|MT|78|-15.6014|-56.0979|America/Cuiaba;\
        Aracaju|Sergipe|SE|49|-10.9472|-37.0731|America/Maceio;Vitória|Espírito Santo|ES|29|-20.3155|-40.3128|America/Sao_Paulo;\
        Porto Velho|Rondônia|RO|76|-8.7612|-63.9004|America/Porto_Velho;Santos|São Paulo|SP|11|-23.9608|-46.3336|America/Sao_Paulo
        """, columns: 7),
        postalFormat: "#####-###",
        streets: WordTable("""
        Rua das Flores|Avenida Paulista|Rua São João|Rua Sete de Setembro|Avenida Brasil|Rua XV de Novembro|\
        Rua da Consolação|Avenida Atlântica|Rua Augusta|Rua Direita|Avenida Getúlio Vargas|Rua Tiradentes|\
        Rua Santos Dumont|Avenida Presidente Vargas|Rua Dom Pedro II|Rua das Palmeiras|Rua Marechal Deodoro|\
        Avenida Rio Branco|Rua Barão do Rio Branco|Rua Bela Vista|Rua do Comércio|Rua Duque de Caxias|\
        Avenida Independência|Rua da Paz|Rua Osvaldo Cruz|Rua Rui Barbosa|Avenida Beira Mar|Rua Amazonas
        """),
        streetSuffixes: nil, streetStyle: .numberAfterComma, addressStyle: .brazil,
        phoneFormats: WordTable("(%#) 9####-####|+55 %# 9####-####|(%#) %###-####|+55 (%#) 9####-####"),
        secondary: WordTable("Apto. ###|Casa %|Bloco % Apto. ##|Sala ###"),
        emailDomains: WordTable("gmail.com|hotmail.com|uol.com.br|bol.com.br|yahoo.com.br|outlook.com|terra.com.br|ig.com.br"),
        maleTitles: WordTable("Sr.|Dr."), femaleTitles: WordTable("Sra.|Srta.|Dra."))
}
