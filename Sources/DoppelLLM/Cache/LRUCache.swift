/// A least-recently-used map with a byte budget.
///
/// Entries live in one array linked into a recency list by index, so a hit
/// or an insert is O(1) with no allocation per node once warm. Inserting past
/// the budget evicts from the cold end; a value larger than the whole budget
/// is not kept at all.
package struct LRUCache<Key: Hashable, Value> {
    private struct Node {
        var key: Key
        /// nil once removed, so a free slot does not keep its old value alive.
        var value: Value?
        var bytes: Int
        var newer: Int?
        var older: Int?
    }

    package let byteBudget: Int
    private var nodes: [Node] = []
    private var free: [Int] = []
    private var index: [Key: Int] = [:]
    private var newest: Int?
    private var oldest: Int?
    package private(set) var bytes = 0

    package init(byteBudget: Int) { self.byteBudget = max(0, byteBudget) }

    package var count: Int { index.count }

    /// The value for `key`, made the most recent.
    package mutating func value(for key: Key) -> Value? {
        guard let i = index[key] else { return nil }
        moveToFront(i)
        return nodes[i].value
    }

    /// True when `key` is held, without touching recency.
    package func contains(_ key: Key) -> Bool { index[key] != nil }

    /// Stores `value` as the most recent, evicting the least recent until
    /// the budget holds; returns how many entries were evicted.
    @discardableResult
    package mutating func insert(_ value: Value, for key: Key, bytes size: Int) -> Int {
        if let i = index[key] { remove(at: i) }
        guard size <= byteBudget else { return 0 }
        var evicted = 0
        while bytes + size > byteBudget, let cold = oldest {
            remove(at: cold)
            evicted += 1
        }
        let node = Node(key: key, value: value, bytes: size, newer: nil, older: newest)
        let i: Int
        if let slot = free.popLast() {
            nodes[slot] = node
            i = slot
        } else {
            nodes.append(node)
            i = nodes.count - 1
        }
        if let n = newest { nodes[n].newer = i }
        newest = i
        if oldest == nil { oldest = i }
        index[key] = i
        bytes += size
        return evicted
    }

    /// Drops `key` if held.
    package mutating func removeValue(for key: Key) {
        if let i = index[key] { remove(at: i) }
    }

    private mutating func moveToFront(_ i: Int) {
        guard newest != i else { return }
        unlink(i)
        nodes[i].older = newest
        nodes[i].newer = nil
        if let n = newest { nodes[n].newer = i }
        newest = i
        if oldest == nil { oldest = i }
    }

    private mutating func unlink(_ i: Int) {
        let (newer, older) = (nodes[i].newer, nodes[i].older)
        if let newer { nodes[newer].older = older } else { newest = older }
        if let older { nodes[older].newer = newer } else { oldest = newer }
    }

    private mutating func remove(at i: Int) {
        unlink(i)
        index[nodes[i].key] = nil
        bytes -= nodes[i].bytes
        nodes[i].value = nil
        free.append(i)
    }
}
