/// A trait of an animal that follows the species its row names (`AnimalProfile`):
/// its breed, its weight, its birth date.
struct SpeciesTraitPlan: Sendable {
    enum Trait: Sendable {
        case breed
        /// Weight in the column's unit: `perKilogram` units per kilogram (1 for kg, 2.20462 for lb, 1000 for g).
        /// The breed column, when the row has one, narrows the weight to the breed's.
        case weight(perKilogram: Double, breedColumn: Int?)
        /// A birth date or time within the species' lifespan before `anchor` (seconds).
        case birth(anchor: Int64, dateOnly: Bool)
        /// Age in whole years (or months) at `anchor`: the birth column's when the row has one, else drawn
        /// within the species' lifespan as a birth date is.
        case age(anchor: Int64, inMonths: Bool, birthColumn: Int?)
    }
    let speciesColumn: Int
    let trait: Trait
    /// The column's own kind, for rows whose species is NULL or unknown.
    let fallback: any KindGenerator

    /// The sibling columns the trait reads.
    var dependencies: [Int] {
        if case let .weight(_, breed?) = trait { return [speciesColumn, breed] }
        if case let .age(_, _, birth?) = trait { return [speciesColumn, birth] }
        return [speciesColumn]
    }
}

extension RowContext {
    func speciesTrait(_ plan: SpeciesTraitPlan, _ r: inout CellRandom, into out: inout CellBytes) -> KindValue {
        guard let species = siblingText(plan.speciesColumn), let profile = AnimalProfile.of(species) else {
            return generateOwn(plan.fallback, r, &out)
        }
        switch plan.trait {
        case .breed:
            out.append(contentsOf: profile.breeds[r.below(profile.breeds.count)].utf8)
            return .text
        case let .weight(perKilogram, breedColumn):
            // Log-uniform: small and large animals of a species are both common.
            let range = breedColumn.flatMap { siblingText($0) }.flatMap { profile.breedKilograms[$0] } ?? profile.kilograms
            let lo = Mathx.log(range.lowerBound), hi = Mathx.log(range.upperBound)
            return .real(Mathx.exp(lo + r.unit() * (hi - lo)) * perKilogram)
        case let .birth(anchor, dateOnly):
            let ageSeconds = Int64(r.unit() * Double(profile.lifespan) * 365.25 * 86_400)
            let born = anchor - ageSeconds
            return dateOnly ? .days(CivilTime.floorDiv(born, 86_400)) : .seconds(born)
        case let .age(anchor, inMonths, birthColumn):
            let seconds: Int64
            if let b = birthColumn, let text = siblingText(b), let born = CivilTime.parse(text), born <= anchor {
                seconds = anchor - born
            } else {
                seconds = Int64(r.unit() * Double(profile.lifespan) * 365.25 * 86_400)
            }
            let unit = inMonths ? 365.25 / 12 * 86_400 : 365.25 * 86_400
            return .int(Int64(Double(seconds) / unit))
        }
    }
}
