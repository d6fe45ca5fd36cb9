extension SchemaResolver {
    /// A bio beside a job title column names that title: "Ann is a Senior
    /// Accountant", not a job of its own, whatever writes the title (the
    /// department's ladder, a unique enumeration, a parent's value).
    func applyBioTitles(_ entity: Entity, _ sources: inout [FieldSource?]) {
        let fields = entity.fields
        guard let title = fields.indices.first(where: { fields[$0].kind == "company.job_title" }) else { return }
        for c in fields.indices where c != title {
            guard case let .kind(generator, .random)? = sources[c], let bio = generator as? BioKind else { continue }
            sources[c] = .bio(BioPlan(writer: bio, titleColumn: title))
        }
    }
}
