import DoppelText

/// What a visit to a doctor or a vet finds and does, condition by condition: the reasons a visit of that
/// condition is made for, and the treatments and medications that go with it. A row's diagnosis follows its
/// reason, and its treatment and medication follow the diagnosis (`SchemaResolver.applyCareChain`): no
/// influenza treated with a colonoscopy, no injury found to be anxiety.
package enum CareConditions {
    /// Why a visit is made, read from a reason or visit type (`Annual checkup`, `Injury`, `Skin Problem`).
    package enum Visit: Sendable, CaseIterable {
        case checkup, followUp, illness, injury, consultation, vaccination, dental, skin, digestive, lameness, neuter
    }

    package struct Condition: Sendable {
        package let diagnosis: String
        package let visits: Set<Visit>
        package let treatments: [String]
        package let medications: [String]
    }

    static func c(_ diagnosis: String, _ visits: Set<Visit>, _ treatments: [String], _ medications: [String]) -> Condition {
        Condition(diagnosis: diagnosis, visits: visits, treatments: treatments, medications: medications)
    }

    /// A person's conditions: the diagnoses of `Words.diagnoses`, and injuries and routine visits.
    package static let human: [Condition] = [
        c("Essential hypertension", [.checkup, .followUp, .consultation], ["Blood pressure monitoring", "Lifestyle counseling", "Medication review"],
          ["Lisinopril 10 mg", "Amlodipine 5 mg", "Losartan 50 mg", "Hydrochlorothiazide 25 mg"]),
        c("Type 2 diabetes mellitus", [.checkup, .followUp, .consultation], ["HbA1c test", "Diet counseling", "Medication review"],
          ["Metformin 500 mg", "Insulin glargine"]),
        c("Acute upper respiratory infection", [.illness], ["Rest and fluids", "Symptomatic care"], ["Cetirizine 10 mg", "Ibuprofen 400 mg"]),
        c("Low back pain", [.injury, .illness, .consultation], ["Physical Therapy", "X-Ray", "MRI Scan"],
          ["Ibuprofen 400 mg", "Meloxicam 15 mg", "Tramadol 50 mg"]),
        c("Major depressive disorder", [.consultation, .followUp], ["Psychotherapy", "Counseling referral"], ["Sertraline 50 mg", "Escitalopram 10 mg"]),
        c("Generalized anxiety disorder", [.consultation, .followUp], ["Psychotherapy", "Counseling referral"], ["Escitalopram 10 mg", "Sertraline 50 mg"]),
        c("Asthma", [.illness, .followUp, .consultation], ["Spirometry", "Inhaler technique review"],
          ["Albuterol inhaler", "Montelukast 10 mg", "Prednisone 10 mg"]),
        c("Hyperlipidemia", [.checkup, .followUp], ["Lipid panel", "Diet counseling"], ["Atorvastatin 20 mg", "Rosuvastatin 10 mg"]),
        c("Gastro-esophageal reflux disease", [.illness, .consultation], ["Diet counseling", "Endoscopy referral"],
          ["Omeprazole 20 mg", "Pantoprazole 40 mg"]),
        c("Urinary tract infection", [.illness], ["Urinalysis", "Urine culture"], ["Amoxicillin 500 mg"]),
        c("Migraine", [.illness, .consultation], ["Neurological exam", "Headache diary"], ["Ibuprofen 400 mg"]),
        c("Osteoarthritis of knee", [.consultation, .followUp], ["X-Ray", "Physical Therapy", "Joint injection"], ["Meloxicam 15 mg", "Ibuprofen 400 mg"]),
        c("Acute bronchitis", [.illness], ["Chest X-Ray", "Rest and fluids"], ["Albuterol inhaler"]),
        c("Hypothyroidism", [.checkup, .followUp], ["Thyroid function test"], ["Levothyroxine 50 mcg"]),
        c("Atrial fibrillation", [.consultation, .followUp, .illness], ["ECG", "Echocardiogram"], ["Warfarin 5 mg"]),
        c("Chronic obstructive pulmonary disease", [.followUp, .illness], ["Spirometry", "Pulmonary rehabilitation"],
          ["Albuterol inhaler", "Prednisone 10 mg"]),
        c("Allergic rhinitis", [.illness, .consultation], ["Allergy testing"], ["Cetirizine 10 mg", "Montelukast 10 mg"]),
        c("Iron deficiency anemia", [.checkup, .followUp], ["Complete blood count"], ["Ferrous sulfate 325 mg"]),
        c("Obesity", [.checkup, .consultation], ["Diet counseling", "Exercise plan"], ["None"]),
        c("Vitamin D deficiency", [.checkup], ["Vitamin D level test"], ["Vitamin D3 1000 IU"]),
        c("Acute sinusitis", [.illness], ["Nasal irrigation", "Symptomatic care"], ["Amoxicillin 500 mg"]),
        c("Otitis media", [.illness], ["Ear examination"], ["Amoxicillin 500 mg", "Ibuprofen 400 mg"]),
        c("Influenza", [.illness], ["Rest and fluids", "Flu test"], ["Oseltamivir 75 mg", "Ibuprofen 400 mg"]),
        c("Contact dermatitis", [.illness, .consultation, .skin], ["Skin examination"], ["Hydrocortisone cream", "Cetirizine 10 mg"]),
        c("Insomnia", [.consultation], ["Sleep hygiene counseling"], ["Melatonin 3 mg"]),
        c("Pneumonia", [.illness], ["Chest X-Ray", "Pulse oximetry"], ["Amoxicillin 500 mg"]),
        c("Sprain of ankle", [.injury], ["X-Ray", "Ankle brace", "Physical Therapy"], ["Ibuprofen 400 mg"]),
        c("Conjunctivitis", [.illness], ["Eye examination"], ["Antibiotic eye drops"]),
        c("Chronic kidney disease", [.followUp, .consultation], ["Kidney function test", "Nephrology referral"], ["Losartan 50 mg"]),
        c("Heart failure", [.followUp, .illness], ["Echocardiogram", "Chest X-Ray"], ["Furosemide 40 mg", "Lisinopril 10 mg"]),
        c("Laceration of hand", [.injury], ["Wound closure with sutures", "Tetanus shot"], ["Ibuprofen 400 mg"]),
        c("Fracture of wrist", [.injury], ["X-Ray", "Cast application"], ["Ibuprofen 400 mg", "Tramadol 50 mg"]),
        c("Routine health examination", [.checkup, .vaccination], ["Physical exam", "Blood tests", "Vaccination"], ["None"]),
        c("Encounter for immunization", [.vaccination], ["Vaccination"], ["None"]),
    ]

    /// A pet's conditions: the diagnoses of `Words.vetDiagnoses`.
    package static let vet: [Condition] = [
        c("Ear infection", [.illness, .consultation], ["Ear cleaning"], ["Ear drops", "Amoxicillin-clavulanate"]),
        c("Dental disease", [.dental, .checkup], ["Dental cleaning"], ["Amoxicillin-clavulanate", "Meloxicam oral suspension"]),
        c("Skin allergy", [.skin, .illness], ["Skin scraping", "Medicated bath"], ["Prednisolone", "Chlorhexidine wash"]),
        c("Gastroenteritis", [.digestive, .illness], ["Fluid therapy", "Blood tests"], ["Maropitant", "Metronidazole", "Probiotic paste"]),
        c("Obesity", [.checkup], ["Weight management plan"], ["None"]),
        c("Arthritis", [.lameness, .followUp], ["X-ray"], ["Meloxicam oral suspension"]),
        c("Conjunctivitis", [.illness], ["Eye flush"], ["Antibiotic eye drops"]),
        c("Urinary tract infection", [.illness], ["Blood tests", "Ultrasound"], ["Enrofloxacin", "Amoxicillin-clavulanate"]),
        c("Intestinal parasites", [.digestive, .checkup], ["Deworming"], ["Fenbendazole dewormer"]),
        c("Mites", [.skin], ["Skin scraping"], ["Ivermectin", "Selamectin spot-on"]),
        c("Fleas", [.skin], ["Flea and tick treatment"], ["Selamectin spot-on"]),
        c("Minor wound", [.lameness, .illness], ["Wound cleaning and dressing"], ["Chlorhexidine wash", "Amoxicillin-clavulanate"]),
        c("Abscess", [.illness, .skin], ["Abscess drainage"], ["Amoxicillin-clavulanate", "Buprenorphine"]),
        c("Respiratory infection", [.illness], ["X-ray"], ["Amoxicillin-clavulanate"]),
        c("Lameness", [.lameness], ["X-ray", "Rest"], ["Meloxicam oral suspension", "Buprenorphine"]),
        c("Overgrown nails", [.checkup], ["Nail trim"], ["None"]),
        c("Dermatitis", [.skin], ["Skin scraping", "Medicated bath"], ["Chlorhexidine wash", "Prednisolone"]),
        c("Eye infection", [.illness], ["Eye flush"], ["Antibiotic eye drops"]),
        c("Swallowed foreign object", [.digestive], ["X-ray", "Ultrasound"], ["Maropitant"]),
        c("No abnormal findings", [.checkup, .vaccination, .followUp], ["Vaccination", "Microchipping", "Wellness exam"], ["None"]),
        c("Healthy, ready for neutering", [.neuter], ["Spay or neuter surgery"], ["Buprenorphine", "Meloxicam oral suspension"]),
    ]

    /// ICD-10-CM codes of the diagnoses here that `Words.diagnoses` does not list (it pairs its own with `Words.icd10`).
    package static let extraCodes: [String: String] = [
        "Laceration of hand": "S61.419A", "Fracture of wrist": "S62.109A", "Routine health examination": "Z00.00",
        "Encounter for immunization": "Z23",
    ]

    /// The ICD-10-CM code of every human diagnosis known here.
    package static let codes: [String: String] = {
        var codes = extraCodes
        for i in 0..<min(Words.diagnoses.count, Words.icd10.count) { codes[Words.diagnoses.string(i)] = Words.icd10.string(i) }
        return codes
    }()

    /// The visit a reason or visit type names, if one.
    package static func visit(ofReason text: String) -> Visit? {
        let words = LifecycleStage.words(of: text)
        if !words.isDisjoint(with: ["neuter", "neutering", "spay", "spaying", "castration"]) { return .neuter }
        if !words.isDisjoint(with: ["vaccination", "vaccine", "vaccines", "immunization", "shots", "booster"]) { return .vaccination }
        if !words.isDisjoint(with: ["dental", "teeth", "tooth"]) { return .dental }
        if !words.isDisjoint(with: ["skin", "itching", "itchy", "rash", "fleas", "scratching"]) { return .skin }
        if !words.isDisjoint(with: ["vomiting", "diarrhea", "diarrhoea", "digestive", "stomach"]) { return .digestive }
        if !words.isDisjoint(with: ["limping", "lameness", "limp"]) { return .lameness }
        if !words.isDisjoint(with: ["injury", "injured", "accident", "trauma", "fall", "emergency"]) { return .injury }
        if !words.isDisjoint(with: ["follow", "followup", "recheck", "review"]) { return .followUp }
        if !words.isDisjoint(with: ["checkup", "check", "annual", "wellness", "physical", "routine", "screening", "exam"]) { return .checkup }
        if !words.isDisjoint(with: ["illness", "sick", "sickness", "fever", "cough", "pain", "acute"]) { return .illness }
        if !words.isDisjoint(with: ["consultation", "consult", "telehealth", "referral", "new", "visit"]) { return .consultation }
        return nil
    }

    /// The condition of a diagnosis, in either list.
    package static func condition(_ diagnosis: String, vet: Bool) -> Condition? {
        let wanted = diagnosis.lowercased()
        return (vet ? Self.vet : human).first { $0.diagnosis.lowercased() == wanted }
    }
}
