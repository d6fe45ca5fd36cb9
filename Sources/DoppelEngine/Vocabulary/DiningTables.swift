/// The tables a restaurant seats its guests at: the planner numbers them and seats two to eight at each, the
/// resolver makes an order or a check at one last a meal.
package enum DiningTables {
    package static let nouns: Set<String> = ["table", "dining_table", "restaurant_table", "booth"]
}
