extension LocaleData {
    /// Names are index-aligned with their romanised forms (used for e-mails and usernames).
    static let jaJP = LocaleData(
        code: "ja_JP", country: "Japan", countryCode: "JP", currency: "JPY", nationality: "Japanese",
        maleFirst: WordTable("""
        翔太|大輝|拓海|健太|翔|蓮|大翔|悠真|陽翔|湊|颯太|樹|大和|隼人|誠|健一|浩二|隆|博|修|明|学|剛|直樹|和也|達也|\
        拓也|哲也|雄一|亮|悠斗|陸|蒼|奏太|海斗
        """),
        femaleFirst: WordTable("""
        陽菜|結衣|美咲|さくら|葵|凛|結菜|美羽|莉子|花子|恵子|裕子|洋子|久美子|由美|直美|真由美|智子|明美|愛|彩|舞|\
        優子|麻衣|千尋|七海|美月|芽依|紬|杏|楓|遥|菜々子|琴音|真央
        """),
        last: WordTable("""
        佐藤|鈴木|高橋|田中|伊藤|渡辺|山本|中村|小林|加藤|吉田|山田|佐々木|山口|松本|井上|木村|林|斎藤|清水|山崎|森|\
        池田|橋本|阿部|石川|山下|中島|石井|小川|前田|岡田|長谷川|藤田|後藤|近藤|村上|遠藤|青木|坂本
        """),
        maleFirstLatin: WordTable("""
        Shota|Daiki|Takumi|Kenta|Sho|Ren|Haruto|Yuma|Haruto|Minato|Sota|Itsuki|Yamato|Hayato|Makoto|Kenichi|Koji|\
        Takashi|Hiroshi|Osamu|Akira|Manabu|Tsuyoshi|Naoki|Kazuya|Tatsuya|Takuya|Tetsuya|Yuichi|Ryo|Yuto|Riku|Aoi|\
        Kanata|Kaito
        """),
        femaleFirstLatin: WordTable("""
        Hina|Yui|Misaki|Sakura|Aoi|Rin|Yuina|Miu|Riko|Hanako|Keiko|Yuko|Yoko|Kumiko|Yumi|Naomi|Mayumi|Tomoko|Akemi|\
        Ai|Aya|Mai|Yuko|Mai|Chihiro|Nanami|Mizuki|Mei|Tsumugi|An|Kaede|Haruka|Nanako|Kotone|Mao
        """),
        lastLatin: WordTable("""
        Sato|Suzuki|Takahashi|Tanaka|Ito|Watanabe|Yamamoto|Nakamura|Kobayashi|Kato|Yoshida|Yamada|Sasaki|Yamaguchi|\
        Matsumoto|Inoue|Kimura|Hayashi|Saito|Shimizu|Yamazaki|Mori|Ikeda|Hashimoto|Abe|Ishikawa|Yamashita|Nakajima|\
        Ishii|Ogawa|Maeda|Okada|Hasegawa|Fujita|Goto|Kondo|Murakami|Endo|Aoki|Sakamoto
        """),
        cities: RecordTable("""
        千代田区|東京都|13|100|35.6940|139.7536|Asia/Tokyo;新宿区|東京都|13|160|35.6938|139.7034|Asia/Tokyo;\
        渋谷区|東京都|13|150|35.6640|139.6982|Asia/Tokyo;世田谷区|東京都|13|154|35.6464|139.6533|Asia/Tokyo;\
        横浜市|神奈川県|14|220|35.4437|139.6380|Asia/Tokyo;川崎市|神奈川県|14|210|35.5308|139.7029|Asia/Tokyo;\
        大阪市|大阪府|27|530|34.6937|135.5023|Asia/Tokyo;堺市|大阪府|27|590|34.5733|135.4830|Asia/Tokyo;\
        名古屋市|愛知県|23|450|35.1815|136.9066|Asia/Tokyo;札幌市|北海道|01|060|43.0618|141.3545|Asia/Tokyo;\
        福岡市|福岡県|40|810|33.5904|130.4017|Asia/Tokyo;北九州市|福岡県|40|802|33.8834|130.8752|Asia/Tokyo;\
        神戸市|兵庫県|28|650|34.6901|135.1955|Asia/Tokyo;京都市|京都府|26|600|35.0116|135.7681|Asia/Tokyo;\
        さいたま市|埼玉県|11|330|35.8617|139.6455|Asia/Tokyo;広島市|広島県|34|730|34.3853|132.4553|Asia/Tokyo;\
        仙台市|宮城県|04|980|38.2682|140.8694|Asia/Tokyo;千葉市|千葉県|12|260|35.6073|140.1063|Asia/Tokyo;\
        新潟市|新潟県|15|950|37.9162|139.0364|Asia/Tokyo;浜松市|静岡県|22|430|34.7108|137.7261|Asia/Tokyo;\
        静岡市|静岡県|22|420|34.9756|138.3828|Asia/Tokyo;岡山市|岡山県|33|700|34.6551|133.9195|Asia/Tokyo;\
        熊本市|熊本県|43|860|32.8031|130.7079|Asia/Tokyo;鹿児島市|鹿児島県|46|890|31.5966|130.5571|Asia/Tokyo;\
        那覇市|沖縄県|47|900|26.2124|127.6809|Asia/Tokyo;金沢市|石川県|17|920|36.5613|136.6562|Asia/Tokyo
        """, columns: 7),
        postalFormat: "###-####",
        streets: WordTable("丸の内|本町|中央|栄町|緑町|旭町|幸町|錦町|港町|桜木町|大手町|元町|新町|東町|西町|南町|北町|春日|若葉|青葉台"),
        streetSuffixes: nil, streetStyle: .japanese, addressStyle: .japan,
        phoneFormats: WordTable("0%-####-####|090-####-####|080-####-####|070-####-####|0%#-###-####|+81 90-####-####"),
        secondary: WordTable("###号室|%階|%F"),
        emailDomains: WordTable("yahoo.co.jp|gmail.com|docomo.ne.jp|ezweb.ne.jp|softbank.ne.jp|icloud.com|outlook.jp|nifty.com"),
        maleTitles: WordTable("様|氏"), femaleTitles: WordTable("様|氏"))
}
