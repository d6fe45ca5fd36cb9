extension Words {
    static let reviewSentences = WordTable("""
    Great quality for the price.|Arrived quickly and well packaged.|Exactly as described.|Would definitely buy again.|\
    Stopped working after two weeks.|The color was different from the photos.|Customer service was very helpful.|\
    Does the job, nothing more.|Much better than I expected.|A bit smaller than I thought.|Easy to set up and use.|\
    The instructions were confusing.|My whole family loves it.|Not worth the money.|Solid build and looks great.|\
    Shipping took longer than promised.|Five stars, highly recommend.|Returned it, it did not fit.|\
    Works perfectly so far.|Cheap materials, broke on the first day.|I use it every day.|Good value overall.
    """)
    static let commentSentences = WordTable("""
    Thanks for sharing this.|I had the same issue last week.|Could you add more details?|This worked for me.|\
    Great point, I agree.|Not sure this is right.|Following up on this.|Any update here?|Nice work on this one.|\
    I think we should revisit this.|Can confirm, same here.|This saved me a lot of time.|Looks good to me.|\
    Has anyone tried the new version?|I disagree, but I see why.|Interesting, I had not thought of that.
    """)
    static let descriptionSentences = WordTable("""
    Designed for everyday use.|Built to last with durable materials.|Easy to clean and maintain.|\
    Perfect for home or office.|Lightweight and easy to carry.|Backed by a two-year warranty.|\
    Available in several colors.|Makes a thoughtful gift.|Tested for safety and quality.|Fits most standard sizes.|\
    Energy efficient and quiet.|Assembled in minutes with no tools.
    """)
    static let hobbies = WordTable("""
    hiking|cooking|photography|running|reading|gardening|cycling|painting|travel|chess|yoga|music|woodworking|\
    volunteering|board games|baking|climbing|swimming|film|writing
    """)
    static let genres = WordTable("""
    Drama|Comedy|Thriller|Science Fiction|Fantasy|Romance|Horror|Documentary|Mystery|Animation|Action|Adventure|\
    Biography|Historical|Crime|Jazz|Rock|Pop|Classical|Hip Hop|Electronic|Country|Folk|Blues|Reggae|Metal
    """)
    static let titleNouns = WordTable("""
    River|Garden|Shadow|City|Night|Ocean|Storm|Mountain|House|Road|Star|Winter|Summer|Fire|Silence|Island|Forest|\
    Light|Dream|Promise|Secret|Journey|Kingdom|Harbor|Mirror|Letter|Window|Bridge|Echo|Sky
    """)
    /// Places a title's thing is of or a time is spent in ("The Shadow of the Mountains", "A Winter in the Valley").
    static let titlePlaces = WordTable("""
    City|Mountains|House|Island|Forest|Harbor|Kingdom|Garden|Valley|North|Desert|Village|Hills|Lighthouse|Orchard|Marshes
    """)
    /// Times a title spends somewhere.
    static let titleTimes = WordTable("Winter|Summer|Night|Spring|Autumn|Week|Year|Day|Season|Morning|Weekend")
    static let titleAdjectives = WordTable("""
    Silent|Last|Hidden|Golden|Broken|Endless|Distant|Quiet|Lost|Burning|Forgotten|Wild|Secret|Midnight|Crimson|\
    Northern|Little|Long|Frozen|Bright
    """)
    /// A band's name is "The" + a modifier + a plural noun: "The Velvet Wolves", never "The Ghosts Paper".
    static let bandModifiers = WordTable("""
    Arctic|Velvet|Electric|Neon|Paper|Midnight|Crystal|Wild|Golden|Hollow|Silver|Lunar|Echo|Static|Copper|Black|Glass
    """)
    static let bandNouns = WordTable("""
    Wolves|Tigers|Lights|Rivers|Kings|Ghosts|Machines|Satellites|Horses|Owls|Signals|Hearts|Foxes|Giants|Saints|Shadows
    """)
}
