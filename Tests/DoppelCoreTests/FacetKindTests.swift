import Testing
@testable import DoppelText

@Suite struct FacetKindTests {
    /// The kind is read from the head noun, so a modifier never decides it.
    @Test func kindComesFromTheHeadNoun() {
        #expect(FacetKind.of("booking fees") == .money)
        #expect(FacetKind.of("front desk staff") == .people)
        #expect(FacetKind.of("customer service") == .people)
        #expect(FacetKind.of("refund process") == .process)
        #expect(FacetKind.of("in-flight meal") == .food)
        #expect(FacetKind.of("delivery windows") == nil)
        #expect(FacetKind.of("opening hours") == nil)
        #expect(FacetKind.of("frame rate") == nil)
        #expect(FacetKind.of("selection of films and shows") == nil)
        #expect(FacetKind.of("booking site") == .tech)
    }

    /// Every product type's facets, widened, keep praise and complaint apart and add words only
    /// where the head noun has a kind.
    @Test(arguments: ProductType.allCases)
    func widenedFacetsStayOnTheirSide(product: ProductType) {
        let facets = FacetLexicon.facets(for: product)
        #expect(facets.count >= 15)
        for facet in facets {
            #expect(Set(facet.good).isDisjoint(with: facet.bad), "\(product) \(facet.noun)")
            #expect(Set(facet.good).count == facet.good.count, "\(product) \(facet.noun) repeats a word")
            if let kind = FacetKind.of(facet.noun) {
                #expect(kind.good.allSatisfy { facet.good.contains($0) || facet.bad.contains($0) }, "\(product) \(facet.noun)")
            }
        }
        // The widening reaches every product type (a game has few facets of these kinds).
        #expect(facets.filter { FacetKind.of($0.noun) != nil }.count >= 1, "\(product)")
    }
}
