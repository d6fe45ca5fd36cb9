/// An orchestra's instruments and the section each sits in: a violin is a string, a horn brass.
public enum Instruments {
    /// Section by lowercased instrument name.
    public static let sections: [String: String] = [
        "violin": "Strings", "viola": "Strings", "cello": "Strings", "double bass": "Strings", "harp": "Strings",
        "flute": "Woodwinds", "piccolo": "Woodwinds", "oboe": "Woodwinds", "clarinet": "Woodwinds", "bassoon": "Woodwinds",
        "saxophone": "Woodwinds", "french horn": "Brass", "horn": "Brass", "trumpet": "Brass", "trombone": "Brass", "tuba": "Brass",
        "percussion": "Percussion", "timpani": "Percussion", "drums": "Percussion", "piano": "Keyboards", "organ": "Keyboards",
        "celesta": "Keyboards",
    ]

    /// The planner's list of an orchestra's sections (those `sections` names), by how many players each seats.
    public static let sectionSpec = "string enum values=Strings:5|Woodwinds:2|Brass:2|Percussion:1|Keyboards:0.5"

    /// The planner's list of an orchestra's instruments and their weights (every one has a section above).
    public static let spec = "string enum values=Violin:5|Viola:2|Cello:2.5|Double~Bass:1|Flute:1.5|Oboe:1|Clarinet:1.5|Bassoon:1|"
        + "French~Horn:1.5|Trumpet:1.5|Trombone:1|Tuba:0.5|Percussion:1|Harp:0.5|Piano:1"
}
