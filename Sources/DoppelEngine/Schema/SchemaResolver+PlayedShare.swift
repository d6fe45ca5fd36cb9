extension SchemaResolver {
    /// How long a play ran, by the names a played length goes by, in seconds or minutes.
    static let playedSeconds = ["seconds_played", "seconds_watched", "watch_seconds", "watched_seconds", "listened_seconds", "play_seconds",
                                "duration_watched_seconds", "watch_time_seconds", "playback_seconds"]
    static let playedMinutes = ["minutes_played", "minutes_watched", "watched_minutes", "watch_time_minutes", "watch_minutes", "listened_minutes",
                                "watch_time"]
    /// The length of what is played, in seconds or minutes.
    static let lengthSeconds = ["duration_seconds", "length_seconds", "runtime_seconds", "duration_sec", "duration_s"]
    static let lengthMinutes = ["runtime_minutes", "duration_minutes", "length_minutes", "runtime", "runtime_min", "duration_min"]
    static let completedFlags = ["completed", "is_completed", "finished", "is_finished", "watched_to_end", "completed_flag", "played_to_end"]

    /// A play (a film watched, a song listened to, an episode streamed) runs for part of what it plays, at most all of
    /// it: its seconds (or minutes) played are a share of the referenced film's, song's or episode's length, 90–100 %
    /// when the row's `completed` flag says it ran to the end and 2–85 % otherwise (any share up to 100 % without a
    /// flag; a whole number at least 1). Nothing watches a 34-second film to the end, or 3,000 seconds of a three-minute
    /// song. Runs after `applyPartOfParentLength`, which keeps a same-unit whole count with no flag (half the plays whole).
    func applyPlayedShare(_ entity: Entity, _ sources: inout [FieldSource?], planIndex: [String: Int]) {
        let fields = entity.fields
        let played = Self.column(named: Self.playedSeconds, in: fields, where: Self.isOwnNumber).map { ($0, 1.0) }
            ?? Self.column(named: Self.playedMinutes, in: fields, where: Self.isOwnNumber).map { ($0, 60.0) }
        guard let (pc, unit) = played, !fields[pc].unique, case let .kind(own, .random)? = sources[pc] else { return }
        for (rc, rf) in fields.enumerated() {
            guard let ref = rf.references, ref.entity != entity.name, let p = planIndex[ref.entity],
                  let parent = schema.entity(named: ref.entity) else { continue }
            let length = Self.column(named: Self.lengthSeconds, in: parent.fields, where: Self.isOwnNumber).map { ($0, 1.0) }
                ?? Self.column(named: Self.lengthMinutes, in: parent.fields, where: Self.isOwnNumber).map { ($0, 60.0) }
            guard let (lc, lengthUnit) = length else { continue }
            var plan = ParentSharePlan(referenceColumn: rc, parentEntity: p, parentColumn: lc, share: 0.02...1.0, fallback: own)
            plan.scale = lengthUnit / unit
            if fields[pc].type == .integer { plan.minimum = 1 }
            if let flag = Self.column(named: Self.completedFlags, in: fields, where: { $0.type == .boolean && $0.references == nil }),
               !Self.reaches(flag, pc, in: sources) {
                plan.byFlag = (flag, 0.9...1.0, 0.02...0.85)
            }
            sources[pc] = .parentShare(plan)
            return
        }
    }
}
