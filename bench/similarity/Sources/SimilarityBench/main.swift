// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Lemniscaat contributors
// Builds a SimilarityIndex of N generated signals and measures build time, memory and query latency.
//
//   swift run -c release --package-path bench/similarity [documents] [queries]
//
// Defaults: 200 000 documents, 1 000 queries, top 10.
import Foundation
import LemniscaatCore

let arguments = CommandLine.arguments.dropFirst().compactMap { Int($0) }
let documentCount = max(1, arguments.count > 0 ? arguments[0] : 200_000)
let queryCount = max(2, arguments.count > 1 ? arguments[1] : 1_000)
let limit = 10
let clock = ContinuousClock()

let documents = SignalGenerator(seed: 20_260_101)
let queries = SignalGenerator(seed: 4_242)

func id(_ number: Int) -> UUID {
    UUID(uuidString: String(format: "00000000-0000-4000-8000-%012llx", UInt64(number)))!
}

func number(_ id: UUID) -> Int {
    Int(id.uuidString.suffix(12), radix: 16)!
}

/// Resident set size in MB from /proc/self/status (Linux), nil elsewhere.
func residentMegabytes() -> Double? {
    guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
        let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmRSS:") }),
        let kilobytes = Double(line.split(separator: " ").dropFirst().first ?? "")
    else { return nil }
    return kilobytes / 1024
}

func milliseconds(_ duration: Duration) -> Double {
    Double(duration.components.seconds) * 1000 + Double(duration.components.attoseconds) / 1e15
}

func format(_ value: Double, _ digits: Int = 2) -> String {
    String(format: "%.\(digits)f", value)
}

func summary(_ samples: [Double]) -> String {
    let sorted = samples.sorted()
    func percentile(_ p: Double) -> Double { sorted[min(sorted.count - 1, Int((Double(sorted.count) * p).rounded(.up)) - 1)] }
    let mean = sorted.reduce(0, +) / Double(sorted.count)
    return "p50 \(format(percentile(0.50), 3)) ms, p95 \(format(percentile(0.95), 3)) ms, "
        + "p99 \(format(percentile(0.99), 3)) ms, max \(format(sorted.last!, 3)) ms, mean \(format(mean, 3)) ms"
}

let rssAtStart = residentMegabytes()
print("Similarity benchmark: \(documentCount) documents, \(queryCount) queries, top \(limit)")
print("example signal: \(documents.text(0))")
print("its terms: \(DutchText.terms(documents.text(0)).joined(separator: " "))")

// Build, in batches so the generated texts do not stay in memory and generating is not counted.
let index = SimilarityIndex()
var indexing = Duration.zero
var generating = Duration.zero
var characters = 0
var terms = 0
let batch = 10_000
for start in stride(from: 0, to: documentCount, by: batch) {
    var texts: [String] = []
    generating += clock.measure {
        texts = (start..<min(start + batch, documentCount)).map { documents.text($0) }
    }
    characters += texts.reduce(0) { $0 + $1.count }
    if start == 0 { terms = texts.prefix(1_000).reduce(0) { $0 + DutchText.terms($1).count } }
    indexing += clock.measure {
        for (offset, text) in texts.enumerated() { index.upsert(id: id(start + offset), text: text) }
    }
}
let rssAfterBuild = residentMegabytes()
print("")
print("indexed \(index.count) documents, \(characters / max(1, documentCount)) characters and about \(terms / min(1_000, documentCount)) terms each")
print(
    "build: \(format(milliseconds(indexing) / 1000)) s indexing (\(format(milliseconds(indexing) * 1000 / Double(documentCount), 1)) µs per document), \(format(milliseconds(generating) / 1000)) s generating texts (not counted)"
)
if let rssAtStart, let rssAfterBuild {
    print(
        "memory: VmRSS \(format(rssAtStart, 1)) MB before, \(format(rssAfterBuild, 1)) MB after: index ≈ \(format(rssAfterBuild - rssAtStart, 1)) MB (\(format((rssAfterBuild - rssAtStart) * 1024 * 1024 / Double(documentCount), 0)) bytes per document)"
    )
} else {
    print("memory: VmRSS not available on this platform")
}

// Queries: new texts, not in the index.
let queryTexts = (0..<queryCount).map { queries.text($0) }
let first = clock.measure { _ = index.mostSimilar(to: queryTexts[0], limit: limit) }
print("")
print("first query (recomputes the norms after the bulk load): \(format(milliseconds(first), 3)) ms")
var latencies: [Double] = []
var found = 0
for text in queryTexts {
    var result: [(id: UUID, score: Double)] = []
    latencies.append(milliseconds(clock.measure { result = index.mostSimilar(to: text, limit: limit) }))
    found += result.count
}
print("queries, top \(limit), minimumScore 0.1: \(summary(latencies)); \(format(Double(found) / Double(queryCount), 1)) results on average")

let sample = index.mostSimilar(to: queryTexts[1], limit: 3)
print("")
print("query: \(queryTexts[1])")
for (rank, hit) in sample.enumerated() {
    print("  \(rank + 1). \(format(hit.score, 3))  \(documents.text(number(hit.id)))")
}

// Changes as the server makes them: edits of existing signals, new signals, removals; then queries again.
var edits: [Double] = []
var additions: [Double] = []
var removals: [Double] = []
let changes = min(1_000, documentCount)
let editTexts = (0..<changes).map { queries.text(1_000_000 + $0) }
for k in 0..<changes {
    let target = id((k * 7_919) % documentCount)
    edits.append(milliseconds(clock.measure { index.upsert(id: target, text: editTexts[k]) }))
    additions.append(milliseconds(clock.measure { index.upsert(id: id(documentCount + k), text: editTexts[k]) }))
    removals.append(milliseconds(clock.measure { index.remove(id: id((k * 104_729 + 13) % documentCount)) }))
}
print("")
print("edit (upsert of an existing id): \(summary(edits))")
print("add (upsert of a new id):        \(summary(additions))")
print("remove:                          \(summary(removals))")

// Queries interleaved with changes: every 10th query follows 100 new signals, so the norms are recomputed about
// once in these 1 000 queries (after 1/20 of the index changed).
var mixed: [Double] = []
for (k, text) in queryTexts.enumerated() {
    if k % 10 == 0 {
        for j in 0..<100 { index.upsert(id: id(2 * documentCount + k * 100 + j), text: queries.text(2_000_000 + k * 100 + j)) }
    }
    mixed.append(milliseconds(clock.measure { _ = index.mostSimilar(to: text, limit: limit) }))
}
print("queries between changes (\(index.count) documents): \(summary(mixed))")
if let rss = residentMegabytes() { print("memory at the end: VmRSS \(format(rss, 1)) MB") }
