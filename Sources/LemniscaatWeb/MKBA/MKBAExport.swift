// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Lemniscaat contributors
import Foundation
import LemniscaatCore
import LemniscaatStore

/// An MKBA as CSV (for a spreadsheet) and as Markdown (for a memo or a council letter). Both hold the same figures as
/// the page, rounded to whole euros.
enum MKBAExport {
    /// Semicolons, as Dutch spreadsheets expect; amounts as plain whole euros. One row per line with its expected amount
    /// per year (not discounted) and its present value, then the discounted totals per year.
    static func csv(_ record: MKBARepository.Record) -> String {
        let result = MKBACalculation(record.mkba)
        let years = result.years.map { String($0.year) }
        func field(_ text: String) -> String {
            text.contains(";") || text.contains("\"") || text.contains("\n") || text.contains("\r")
                ? "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : text
        }
        var out = (["soort", "categorie", "belanghebbende", "laag_procent", "hoog_procent", "contante_waarde"] + years).joined(separator: ";") + "\r\n"
        for line in record.mkba.lines {
            let present = MKBACalculation.presentValue(line, value: .expected, mkba: record.mkba, rateBasisPoints: record.mkba.rateBasisPoints)
            let amounts = (0..<record.mkba.horizonYears).map { $0 < line.amounts.count ? String(line.amounts[$0]) : "0" }
            out += ([
                line.kind.rawValue, field(line.category), line.stakeholder.rawValue, String(line.lowPercent), String(line.highPercent),
                String(MKBACalculation.euros(present)),
            ] + amounts).joined(separator: ";") + "\r\n"
        }
        let totals: [(String, Decimal, (MKBACalculation.Year) -> Decimal)] = [
            ("kosten contant", result.presentCosts, \.costs), ("baten contant", result.presentBenefits, \.benefits),
            ("saldo contant", result.netPresentValue, \.balance),
        ]
        for (label, total, value) in totals {
            out += (["totaal", label, "", "", "", String(MKBACalculation.euros(total))] + result.years.map { String(MKBACalculation.euros(value($0))) })
                .joined(separator: ";") + "\r\n"
        }
        return out
    }

    static func cell(_ text: String) -> String {
        text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "|", with: "\\|").split(whereSeparator: \.isNewline)
            .joined(separator: " ")
    }

    static func markdown(_ record: MKBARepository.Record) -> String {
        let mkba = record.mkba
        let result = MKBACalculation(mkba)
        let euro = MKBACalculation.euroText
        var out = "# MKBA: \(cell(record.title))\n\n"
        out += "Beleid: \(cell(record.policyTitle))\n\n"
        if !record.description.isEmpty { out += record.description + "\n\n" }
        out += "- Startjaar: \(mkba.startYear) (t = 0, niet verdisconteerd)\n"
        out += "- Looptijd: \(mkba.horizonYears) jaar (\(mkba.startYear)–\(mkba.startYear + mkba.horizonYears - 1))\n"
        out += "- Discontovoet: \(MKBA.rateText(mkba.rateBasisPoints))%\n\n"
        out += "## Uitkomst\n\n| | bedrag |\n| --- | ---: |\n"
        out += "| Contante waarde kosten | \(euro(result.presentCosts)) |\n"
        out += "| Contante waarde baten | \(euro(result.presentBenefits)) |\n"
        out += "| Netto contante waarde | \(euro(result.netPresentValue)) |\n"
        out += "| Baten-kostenverhouding | \(MKBACalculation.ratioText(result.ratio)) |\n"
        out += "| Terugverdiend in | \(result.paybackYear.map(String.init) ?? "niet binnen de looptijd") |\n\n"
        out += "## Wie betaalt, wie baat\n\n| belanghebbende | kosten | baten | saldo |\n| --- | ---: | ---: | ---: |\n"
        for row in result.stakeholders {
            out += "| \(row.stakeholder.label) | \(euro(row.costs)) | \(euro(row.benefits)) | \(euro(row.balance)) |\n"
        }
        out += "\n## Gevoeligheid\n\n| scenario | discontovoet | kosten | baten | netto contante waarde | verhouding |\n"
        out += "| --- | ---: | ---: | ---: | ---: | ---: |\n"
        for row in result.sensitivity {
            out +=
                "| \(row.kind.label) | \(MKBA.rateText(row.rateBasisPoints))% | \(euro(row.costs)) | \(euro(row.benefits)) | \(euro(row.netPresentValue)) | \(MKBACalculation.ratioText(row.ratio)) |\n"
        }
        out += "\n## Per jaar (contant)\n\n| jaar | kosten | baten | saldo | gecumuleerd saldo |\n| --- | ---: | ---: | ---: | ---: |\n"
        for year in result.years {
            out += "| \(year.year) | \(euro(year.costs)) | \(euro(year.benefits)) | \(euro(year.balance)) | \(euro(year.cumulative)) |\n"
        }
        out += "\n## Regels\n\n| soort | categorie | belanghebbende | bedragen per jaar (verwacht) | laag | hoog |\n"
        out += "| --- | --- | --- | --- | ---: | ---: |\n"
        for line in mkba.lines {
            let amounts = line.amounts.map { DutchNumber.format(Double($0), decimals: 0) }.joined(separator: "; ")
            out += "| \(line.kind.label) | \(cell(line.category)) | \(line.stakeholder.label) | \(amounts) | \(line.lowPercent)% | \(line.highPercent)% |\n"
        }
        out += "\nBedragen in hele euro’s, afgerond per bedrag. Contant: verdisconteerd naar het startjaar met bedrag / (1 + r)^t.\n"
        return out
    }
}
