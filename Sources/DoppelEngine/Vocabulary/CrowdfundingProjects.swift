/// What crowdfunding projects in each category are called: a Games campaign is a board game, not a chew toy.
package enum CrowdfundingProjects {
    package static let titles: [String: [String]] = [
        "Technology": ["Solar Power Bank", "Smart Garden Planter", "Modular Mechanical Keyboard", "Pocket Weather Station",
                       "Open-Source Drone Kit", "E-Ink Desk Calendar"],
        "Games": ["Dungeon Delvers: A Co-op Board Game", "Pixel Quest, a Retro RPG", "Starship Salvage Card Game",
                  "Wildwood Tactics Miniatures", "Tiny Towns Expansion"],
        "Design": ["Minimalist Leather Wallet", "Walnut Desk Organizer", "Collapsible Travel Mug", "Modular Wall Shelf",
                   "Recycled Wool Backpack"],
        "Film": ["The Last Lighthouse, a Short Film", "Saltwater: A Documentary", "Night Shift, an Indie Feature",
                 "Voices of the Valley Documentary"],
        "Music": ["Debut Album: Northern Lights", "Live at the Blue Room EP", "String Quartet Recording Project",
                  "Vinyl Pressing of Midnight Roads"],
        "Publishing": ["Illustrated Family Cookbook", "A Field Guide to Urban Birds", "Comic Anthology: Tall Tales",
                       "Children's Picture Book: Milo's Moon"],
        "Food": ["Small-Batch Hot Sauce", "Craft Chocolate Subscription", "Neighbourhood Bakery Oven", "Cold-Brew Coffee Concentrate"],
        "Art": ["Illustrated Tarot Deck", "Community Mural Project", "Hand-Printed Botanical Posters", "Ceramic Studio Kiln"],
    ]
}
