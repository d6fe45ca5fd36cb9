/// Applies one defect kind to one clean cell.
enum CellDefects {
    /// Appends the dirty value of `clean` under `kind` to `out` and returns its tag; nil when
    /// this kind cannot change this value (nothing is then changed or recorded).
    static func apply(_ kind: DefectKind, _ rules: ColumnRules, clean: [UInt8], tag: CellTag, locale: LocaleData?,
                      _ r: inout CellRandom, _ out: inout CellBytes) -> CellTag? {
        switch kind {
        case .null: return .null
        case .emptyString: return clean.isEmpty ? nil : .string
        case .whitespace: return TextNoise.whitespace(clean, &r, &out) ? .string : nil
        case .letterCase: return TextNoise.letterCase(clean, &r, &out) ? .string : nil
        case .typo: return TextNoise.typo(clean, &r, &out) ? .string : nil
        case .encoding: return EncodingNoise.apply(clean, &r, &out) ? .string : nil
        case .dateFormat: return DateFormats.reformat(clean, &r, &out) ? .string : nil
        case .phoneFormat: return ContactDefects.phone(clean, locale: locale ?? .enUS, &r, &out) ? .string : nil
        case .numberFormat: return NumberFormats.reformat(clean, money: rules.isMoney, locale: locale ?? .enUS, &r, &out) ? .string : nil
        case .booleanFormat: return tag == .bool && NumberFormats.boolean(clean, &r, &out) ? .string : nil
        case .outlier: return NumberFormats.outlier(clean, &r, &out) ? tag : nil
        case .invalidEmail: return ContactDefects.invalidEmail(clean, &r, &out) ? .string : nil
        case .invalidPostalCode: return ContactDefects.invalidPostalCode(clean, &r, &out) ? .string : nil
        case .orphanReference:
            guard let d = rules.absent else { return nil }
            return clean.withUnsafeBufferPointer { d.appendAbsent(clean: $0, &r, &out) }
        case .exactDuplicate, .nearDuplicate: return nil
        }
    }

    /// A near-duplicate's change of one field: a small edit that keeps the value's type and shape.
    static func nearChange(_ cls: FieldClass, clean: [UInt8], tag: CellTag, locale: @autoclosure () -> LocaleData,
                           _ r: inout CellRandom, _ out: inout CellBytes) -> CellTag? {
        switch cls {
        case .words, .email, .code:
            let start = r.below(3)
            for k in 0..<3 {
                out.removeAll(keepingCapacity: true)
                let ok: Bool
                switch (start + k) % 3 {
                case 0: ok = TextNoise.typo(clean, &r, &out)
                case 1: ok = TextNoise.letterCase(clean, &r, &out)
                default: ok = TextNoise.whitespace(clean, &r, &out)
                }
                if ok { return tag }
            }
            return nil
        case .phone: return ContactDefects.phone(clean, locale: locale(), &r, &out) ? tag : nil
        case .postalCode: return ContactDefects.digitChange(clean, &r, &out) ? tag : nil
        case .number: return NumberFormats.nudge(clean, &r, &out) ? tag : nil
        case .temporal: return DateFormats.shift(clean, &r, &out) ? tag : nil
        case .boolean:
            guard tag == .bool else { return nil }
            out.appendBytes(clean.first == 116 ? RowContext.falseBytes : RowContext.trueBytes)
            return tag
        case .opaque: return nil
        }
    }
}
