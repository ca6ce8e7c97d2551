// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Lemniscaat contributors
import Foundation
import LemniscaatCore
import LemniscaatStore

/// The knelpunt fields as a form shows them (partial `bottleneck-fields`): on the signal's status form, the theme's
/// Doorzetten form and the Knelpunt vastleggen forms. `prefix` keeps ids apart when two such forms share a page.
struct BottleneckForm: Sendable {
    let t: [String: String]
    let prefix: String
    let kinds: [Choice]
    let kindError: String?
    let addressee: Field
    let regulation: Field
    let article: Field
    let practice: Field
    let solution: Field

    /// From what was posted (after a refusal), else from the recorded knelpunt, else empty with the practice prefilled
    /// from the signal's or theme's description.
    init(t: [String: String], prefix: String, form: FormData?, failure: ValidationFailure?, recorded: BottleneckModel?, description: String) {
        self.t = t
        self.prefix = prefix
        func value(_ name: String, _ stored: String?) -> String { form?.value(name) ?? stored ?? "" }
        let kind = form?.value("soortGeadresseerde") ?? recorded?.addresseeKind ?? ""
        self.kinds = AddresseeKind.allCases.map {
            Choice(value: $0.rawValue, label: t["addresseeKind.\($0.rawValue)"] ?? $0.label, selected: $0.rawValue == kind)
        }
        self.kindError = failure?.reason(for: "soortGeadresseerde")
        self.addressee = Field(value("geadresseerde", recorded?.addressee), error: failure?.reason(for: "geadresseerde"))
        self.regulation = Field(value("regeling", recorded?.regulation), error: failure?.reason(for: "regeling"))
        self.article = Field(value("artikel", recorded?.article), error: failure?.reason(for: "artikel"))
        self.practice = Field(form?.value("praktijk") ?? recorded?.practice ?? description, error: failure?.reason(for: "praktijk"))
        self.solution = Field(value("voorgesteldeOplossing", recorded?.proposedSolution), error: failure?.reason(for: "voorgesteldeOplossing"))
    }

    static func input(_ form: FormData) -> BottleneckRepository.Input {
        .init(
            addresseeKind: form.value("soortGeadresseerde") ?? "", addressee: form.value("geadresseerde") ?? "",
            regulation: form.value("regeling") ?? "", article: form.value("artikel"), practice: form.value("praktijk") ?? "",
            proposedSolution: form.value("voorgesteldeOplossing") ?? "")
    }

    /// The recorded knelpunt in a few lines, for the signal and theme pages.
    struct Summary: Sendable {
        let addressee: String
        let regulation: String
        let practice: String
        let solution: String
        let forwarded: String
    }

    static func summary(_ model: BottleneckModel?) -> Summary? {
        guard let model else { return nil }
        let kind = AddresseeKind(rawValue: model.addresseeKind)
        return Summary(
            addressee: model.addressee + (kind.map { " (\($0.label.lowercased()))" } ?? ""),
            regulation: model.regulation + (model.article.map { ", \($0)" } ?? ""), practice: model.practice, solution: model.proposedSolution,
            forwarded: DateText.day(model.forwardedAt))
    }
}
