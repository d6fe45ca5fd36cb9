import DoppelText
import DoppelEngine
import DoppelJSON

/// The schemas bench/engine.sh measures.
enum BenchSchemas {
    /// The standard table the Faker and Mimesis peers generate (shared/bench/*.py).
    static let standard = #"""
    {"name": "standard", "locale": "en_US", "entities": [
      {"name": "people", "rows": 1000, "fields": [
        {"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
        {"name": "first_name", "type": "string", "kind": "person.first_name"},
        {"name": "last_name", "type": "string", "kind": "person.last_name"},
        {"name": "email", "type": "string", "kind": "internet.email"},
        {"name": "phone", "type": "string", "kind": "phone.number"},
        {"name": "city", "type": "string", "kind": "address.city"},
        {"name": "country", "type": "string", "kind": "address.country"},
        {"name": "company", "type": "string", "kind": "company.name"},
        {"name": "signup_date", "type": "date", "kind": "date.past"},
        {"name": "amount", "type": "decimal", "kind": "number.decimal", "min": 1, "max": 10000, "precision": 2},
        {"name": "status", "type": "string", "kind": "enum", "values": ["active", "inactive", "pending"]}]}]}
    """#

    /// customers → orders → order_items; rows are set from the item count.
    static func relational(items: Int) -> String {
        let customers = max(1, items / 20), orders = max(1, items / 4)
        return #"""
        {"name": "shop", "locale": "en_US", "entities": [
          {"name": "customers", "rows": \#(customers), "fields": [
            {"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
            {"name": "name", "kind": "person.full_name"},
            {"name": "email", "kind": "internet.email", "unique": true},
            {"name": "city", "kind": "address.city"},
            {"name": "created_at", "type": "datetime", "kind": "datetime.past"}]},
          {"name": "orders", "rows": \#(orders), "fields": [
            {"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
            {"name": "customer_id", "references": "customers.id", "fanout": "zipf"},
            {"name": "status", "kind": "commerce.order_status"},
            {"name": "created_at", "type": "datetime", "kind": "datetime.past"},
            {"name": "shipped_at", "type": "datetime", "kind": "datetime.past", "nullable": 0.2}]},
          {"name": "order_items", "rows": \#(items), "fields": [
            {"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
            {"name": "order_id", "references": "orders.id"},
            {"name": "product_name", "kind": "commerce.product_name"},
            {"name": "unit_price", "kind": "commerce.price"},
            {"name": "quantity", "kind": "commerce.quantity"},
            {"name": "total", "type": "decimal"}]}]}
        """#
    }

    /// A column of every class the reality engine treats differently (bench/reality.sh --rates).
    static func realityMix(rows: Int) -> String {
        #"""
        {"name": "mix", "locale": "en_US", "entities": [
          {"name": "people", "rows": \#(rows), "fields": [
            {"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
            {"name": "first_name", "kind": "person.first_name"},
            {"name": "last_name", "kind": "person.last_name"},
            {"name": "email", "kind": "internet.email"},
            {"name": "phone", "kind": "phone.number"},
            {"name": "postal_code", "kind": "address.postal_code"},
            {"name": "city", "kind": "address.city", "nullable": 0.1},
            {"name": "sku", "kind": "commerce.sku"},
            {"name": "signup_date", "type": "date", "kind": "date.past", "nullable": 0.1},
            {"name": "last_login", "type": "datetime", "kind": "datetime.past"},
            {"name": "opens_at", "type": "time", "kind": "time.business_hours"},
            {"name": "active", "type": "boolean"},
            {"name": "amount", "type": "decimal", "kind": "finance.amount"},
            {"name": "visits", "type": "integer", "kind": "number.integer", "min": 0, "max": 5000},
            {"name": "manager_id", "references": "people.id", "nullable": 0.3}]},
          {"name": "orders", "rows": \#(rows), "fields": [
            {"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
            {"name": "person_id", "references": "people.id"},
            {"name": "note", "kind": "text.sentence", "nullable": true}]}]}
        """#
    }
}
