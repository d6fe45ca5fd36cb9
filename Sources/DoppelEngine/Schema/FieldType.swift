/// How a field's values are stored: the column type in every writer.
public enum FieldType: String, Sendable, CaseIterable, Equatable {
    case integer, decimal, float, string, text, boolean, date, datetime, time, uuid, json
}
