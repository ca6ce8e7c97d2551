// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Lemniscaat contributors
import Foundation
import Synchronization

/// Finds signals that read like a given text, so a reporter can recognise an existing signal instead of filing a
/// duplicate. TF-IDF over `DutchText.terms`, cosine similarity, kept in an in-memory inverted index that is updated
/// document by document; a query only visits the postings of its own terms.
///
/// Weights: a term occurring `tf` times in a document weighs `(1 + ln tf) · idf`, with
/// `idf = ln(1 + (N + 1) / (df + 1))` over the `N` documents indexed now (smooth, positive, defined for a term no
/// document has). The score is the cosine of query and document vectors, clamped to 0...1.
///
/// IDF changes with every document added or removed, and with it every document's norm. The postings therefore hold
/// only term frequencies, and the dot product is computed at query time with the current IDF: exact. The norms are
/// the trade-off. Keeping them exact would mean recomputing all of them on every change (O(all postings)); never
/// recomputing them would let a norm computed when the index held ten documents linger forever. So a norm is computed
/// with the IDF of the moment its document is indexed, and all norms are recomputed (O(all postings): about 13 ms
/// for 200 000 signals on two cores) at the first query after more than 1/20 of the index has changed since the
/// last recomputation. That is amortised constant work per change; between recomputations a norm is off by the
/// drift of IDF over at most 5 % of the documents, which moves scores by a few per cent and, as the query norm and
/// the dot product are exact, hardly moves the order. A bulk load (start-up) pays for one recomputation, at its first
/// query.
///
/// Thread-safe: one `Mutex` guards the index. Terms are extracted outside it; `include` is called after it is
/// released, so it may do anything, including using this index. Queries of one index run one at a time (a few ms at
/// 200 000 signals); one index per organisation keeps that from being a bottleneck. ThreadSanitizer on Linux reports
/// races inside `Mutex.withLock` when the lock is contended (its slow path is not instrumented); the tests run clean
/// under TSan with an `NSLock` in its place (checked 2026-11).
public final class SimilarityIndex: Sendable {
    private let storage = Mutex(SimilarityStorage())

    public init() {}

    /// The number of documents indexed.
    public var count: Int {
        storage.withLock { $0.documentCount }
    }

    /// Adds or replaces a document.
    public func upsert(id: UUID, text: String) {
        let terms = DutchText.terms(text)
        storage.withLock { $0.upsert(id: id, terms: terms) }
    }

    public func remove(id: UUID) {
        storage.withLock { $0.remove(id: id) }
    }

    /// Up to `limit` documents most similar to `text`, best first, with cosine score in 0...1, only those scoring at
    /// least `minimumScore`, skipping ids in `excluding` and ids for which `include` returns false. Equal scores come
    /// in a fixed order (without removals, the order in which the documents were first indexed).
    public func mostSimilar(
        to text: String, limit: Int = 5, minimumScore: Double = 0.1, excluding: Set<UUID> = [],
        include: (UUID) -> Bool = { _ in true }
    ) -> [(id: UUID, score: Double)] {
        guard limit > 0 else { return [] }
        let terms = DutchText.terms(text)
        guard !terms.isEmpty else { return [] }
        // Under the lock only the best few candidates are kept, with room for `include` to turn some down; should it
        // turn down so many that fewer than `limit` remain while more qualified, the query runs again keeping all.
        var keep = max(100, limit.multipliedReportingOverflow(by: 10).overflow ? Int.max : limit * 10)
        while true {
            let (candidates, complete) = storage.withLock {
                $0.candidates(for: terms, minimumScore: minimumScore, excluding: excluding, keep: keep)
            }
            var result: [(id: UUID, score: Double)] = []
            for candidate in candidates where include(candidate.id) {
                result.append((candidate.id, Double(candidate.score)))
                if result.count == limit { return result }
            }
            if complete { return result }
            keep = Int.max
        }
    }
}

/// A document that scored at least the minimum, found under the lock.
struct SimilarityCandidate: Sendable {
    var id: UUID
    var score: Float
}

/// The index itself, always used under the lock of a `SimilarityIndex`.
///
/// Documents live in slots (arrays indexed by slot number, free slots reused). A posting list per term holds
/// `slot | min(tf, 15) << 28` as one `UInt32`, sorted by slot, so adding a document with a new slot appends and
/// removing one is a binary search and a move. A document keeps its own `termID | tf << 28` list so it can be taken
/// out of the postings again.
struct SimilarityStorage {
    static let slotMask: UInt32 = (1 << 28) - 1
    static let maximumFrequency = 15

    /// `1 + ln tf` for tf = 0...15.
    static let frequencyWeights: [Float] = (0...maximumFrequency).map { $0 == 0 ? 0 : 1 + log(Float($0)) }

    // Terms
    private var termIDs: [String: UInt32] = [:]
    private var termNames: [String] = []
    private var postings: [[UInt32]] = []
    private var freeTermIDs: [UInt32] = []

    // Documents, by slot
    private var ids: [UUID] = []
    private var documentTerms: [[UInt32]] = []
    private var norms: [Float] = []
    private var slots: [UUID: UInt32] = [:]
    private var freeSlots: [UInt32] = []

    private var changesSinceNormsComputed = 0

    // Scratch space for queries, kept to avoid allocating 200 000 floats per query; all zero between queries.
    private var scores: [Float] = []
    private var touched: [UInt32] = []

    var documentCount: Int { slots.count }

    // MARK: - Changes

    mutating func upsert(id: UUID, terms: [String]) {
        let slot: UInt32
        if let existing = slots[id] {
            slot = existing
            if knownTermList(for: terms) == documentTerms[Int(slot)] { return }  // the text changed, its terms did not
            // Out first: a term only this document had is forgotten here and registered again just below.
            removePostings(of: slot)
        } else {
            if let free = freeSlots.popLast() {
                slot = free
                ids[Int(slot)] = id
            } else {
                precondition(ids.count < Int(Self.slotMask), "SimilarityIndex holds at most 2^28 documents")
                slot = UInt32(ids.count)
                ids.append(id)
                documentTerms.append([])
                norms.append(0)
            }
            slots[id] = slot
        }
        addPostings(termList(for: terms), slot: slot)
        norms[Int(slot)] = norm(of: documentTerms[Int(slot)], documentCount: documentCount) { postings[Int($0)].count }
        changesSinceNormsComputed += 1
    }

    mutating func remove(id: UUID) {
        guard let slot = slots.removeValue(forKey: id) else { return }
        removePostings(of: slot)
        norms[Int(slot)] = 0
        freeSlots.append(slot)
        changesSinceNormsComputed += 1
    }

    /// The document's terms as `termID | tf << 28`, sorted, registering terms not seen before.
    private mutating func termList(for terms: [String]) -> [UInt32] {
        let frequencies = Self.frequencies(of: terms)
        var list: [UInt32] = []
        list.reserveCapacity(frequencies.count)
        for (term, frequency) in frequencies {
            list.append(termID(for: term) | UInt32(min(frequency, Self.maximumFrequency)) << 28)
        }
        list.sort()
        return list
    }

    /// The same as `termList(for:)` without registering anything: nil when a term is new.
    private func knownTermList(for terms: [String]) -> [UInt32]? {
        let frequencies = Self.frequencies(of: terms)
        var list: [UInt32] = []
        list.reserveCapacity(frequencies.count)
        for (term, frequency) in frequencies {
            guard let id = termIDs[term] else { return nil }
            list.append(id | UInt32(min(frequency, Self.maximumFrequency)) << 28)
        }
        list.sort()
        return list
    }

    private static func frequencies(of terms: [String]) -> [String: Int] {
        var frequencies: [String: Int] = [:]
        for term in terms { frequencies[term, default: 0] += 1 }
        return frequencies
    }

    private mutating func termID(for term: String) -> UInt32 {
        if let id = termIDs[term] { return id }
        let id: UInt32
        if let free = freeTermIDs.popLast() {
            id = free
            termNames[Int(id)] = term
        } else {
            precondition(postings.count < Int(Self.slotMask), "SimilarityIndex holds at most 2^28 terms")
            id = UInt32(postings.count)
            termNames.append(term)
            postings.append([])
        }
        termIDs[term] = id
        return id
    }

    private mutating func addPostings(_ terms: [UInt32], slot: UInt32) {
        documentTerms[Int(slot)] = terms
        for entry in terms {
            let term = Int(entry & Self.slotMask)
            let posting = slot | (entry & ~Self.slotMask)
            if let last = postings[term].last, last & Self.slotMask > slot {
                postings[term].insert(posting, at: Self.position(of: slot, in: postings[term]))
            } else {
                postings[term].append(posting)
            }
        }
    }

    private mutating func removePostings(of slot: UInt32) {
        for entry in documentTerms[Int(slot)] {
            let term = Int(entry & Self.slotMask)
            let position = Self.position(of: slot, in: postings[term])
            guard position < postings[term].count, postings[term][position] & Self.slotMask == slot else {
                assertionFailure("posting of slot \(slot) missing for term \(termNames[term])")
                continue
            }
            postings[term].remove(at: position)
            if postings[term].isEmpty {
                // Forget the term, so a long-running index does not keep every typo it ever saw.
                postings[term] = []
                termIDs.removeValue(forKey: termNames[term])
                termNames[term] = ""
                freeTermIDs.append(UInt32(term))
            }
        }
        documentTerms[Int(slot)] = []
    }

    /// The first position in a posting list whose slot is not below `slot`.
    private static func position(of slot: UInt32, in list: [UInt32]) -> Int {
        var low = 0
        var high = list.count
        while low < high {
            let middle = (low + high) / 2
            if list[middle] & slotMask < slot { low = middle + 1 } else { high = middle }
        }
        return low
    }

    // MARK: - Weights

    static func inverseDocumentFrequency(documentFrequency: Int, documentCount: Int) -> Float {
        log(1 + Float(documentCount + 1) / Float(documentFrequency + 1))
    }

    private func norm(of terms: [UInt32], documentCount: Int, documentFrequency: (UInt32) -> Int) -> Float {
        var sum: Float = 0
        for entry in terms {
            let idf = Self.inverseDocumentFrequency(
                documentFrequency: documentFrequency(entry & Self.slotMask), documentCount: documentCount)
            let weight = Self.frequencyWeights[Int(entry >> 28)] * idf
            sum += weight * weight
        }
        return sum.squareRoot()
    }

    /// Recomputes every norm with the current IDF; see `SimilarityIndex` for when and why.
    mutating func recomputeNorms() {
        let count = documentCount
        let idfs = postings.map { Self.inverseDocumentFrequency(documentFrequency: $0.count, documentCount: count) }
        for slot in documentTerms.indices {
            var sum: Float = 0
            for entry in documentTerms[slot] {
                let weight = Self.frequencyWeights[Int(entry >> 28)] * idfs[Int(entry & Self.slotMask)]
                sum += weight * weight
            }
            norms[slot] = sum.squareRoot()
        }
        changesSinceNormsComputed = 0
    }

    // MARK: - Queries

    /// The `keep` best documents scoring at least `minimumScore` against the query terms and not in `excluding`, best
    /// first (on equal scores the one in the lower slot), and whether that is all of them.
    mutating func candidates(
        for terms: [String], minimumScore: Double, excluding: Set<UUID>, keep: Int
    ) -> (candidates: [SimilarityCandidate], complete: Bool) {
        guard documentCount > 0, keep > 0 else { return ([], true) }
        if changesSinceNormsComputed > documentCount / 20 { recomputeNorms() }

        let frequencies = Self.frequencies(of: terms)
        var queryNormSquared: Float = 0
        // Per known query term: its posting list and the factor a posting's tf weight is multiplied by
        // (query weight × IDF, the document weight being tf weight × IDF).
        var known: [(term: Int, factor: Float)] = []
        var traversal = 0
        for (term, frequency) in frequencies {
            let id = termIDs[term].map(Int.init)
            let idf = Self.inverseDocumentFrequency(
                documentFrequency: id.map { postings[$0].count } ?? 0, documentCount: documentCount)
            let weight = Self.frequencyWeights[min(frequency, Self.maximumFrequency)] * idf
            queryNormSquared += weight * weight
            if let id {
                known.append((id, weight * idf))
                traversal += postings[id].count
            }
        }
        guard !known.isEmpty else { return ([], true) }
        let queryNorm = queryNormSquared.squareRoot()

        // Accumulate the dot products in a dense array. When the postings are few, remember which slots were touched;
        // when they are many (common terms), tracking costs more than scanning the whole array afterwards.
        var scores = [Float]()
        var touched = [UInt32]()
        swap(&scores, &self.scores)
        swap(&touched, &self.touched)
        defer {
            swap(&scores, &self.scores)
            swap(&touched, &self.touched)
        }
        let slotCount = ids.count
        if scores.count < slotCount { scores.append(contentsOf: repeatElement(0, count: slotCount - scores.count)) }
        let tracksTouched = traversal < slotCount / 8
        if tracksTouched && touched.count < traversal { touched = Array(repeating: 0, count: traversal) }
        var touchedCount = 0

        var selection = Selection(keep: keep)
        scores.withUnsafeMutableBufferPointer { scores in
            touched.withUnsafeMutableBufferPointer { touched in
                Self.frequencyWeights.withUnsafeBufferPointer { frequencyWeights in
                    for (term, factor) in known {
                        postings[term].withUnsafeBufferPointer { list in
                            if tracksTouched {
                                for posting in list {
                                    let slot = Int(posting & Self.slotMask)
                                    if scores[slot] == 0 {
                                        touched[touchedCount] = UInt32(truncatingIfNeeded: slot)
                                        touchedCount += 1
                                    }
                                    scores[slot] += factor * frequencyWeights[Int(posting >> 28)]
                                }
                            } else {
                                for posting in list {
                                    scores[Int(posting & Self.slotMask)] += factor * frequencyWeights[Int(posting >> 28)]
                                }
                            }
                        }
                    }
                }
            }

            // score = dot / (norm · queryNorm) ≥ minimum  ⇔  dot ≥ minimum · queryNorm · norm
            let threshold = Float(minimumScore) * queryNorm
            norms.withUnsafeBufferPointer { norms in
                func consider(_ slot: Int) {
                    let dot = scores[slot]
                    scores[slot] = 0
                    let norm = norms[slot]
                    guard norm > 0, dot >= threshold * norm else { return }
                    let score = min(1, dot / (norm * queryNorm))
                    guard selection.wouldKeep(score: score, slot: UInt32(truncatingIfNeeded: slot)) else { return }
                    if !excluding.isEmpty && excluding.contains(ids[slot]) { return }
                    selection.insert(score: score, slot: UInt32(truncatingIfNeeded: slot))
                }
                if tracksTouched {
                    for k in 0..<touchedCount { consider(Int(touched[k])) }
                } else {
                    for slot in 0..<slotCount where scores[slot] != 0 { consider(slot) }
                }
            }
        }
        let ranked = selection.ranked().map { SimilarityCandidate(id: ids[Int($0.slot)], score: $0.score) }
        return (ranked, selection.dropped == 0)
    }

    /// The best `keep` of a stream of (score, slot), in a heap with the worst kept on top.
    struct Selection {
        let keep: Int
        private(set) var dropped = 0
        private var heap: [(score: Float, slot: UInt32)] = []

        init(keep: Int) {
            self.keep = keep
        }

        /// Higher score first; on a tie the lower slot.
        private static func ranksAbove(_ a: (score: Float, slot: UInt32), _ b: (score: Float, slot: UInt32)) -> Bool {
            a.score != b.score ? a.score > b.score : a.slot < b.slot
        }

        /// False when the selection is full and this one ranks below all it holds (counted as dropped).
        mutating func wouldKeep(score: Float, slot: UInt32) -> Bool {
            if heap.count < keep || Self.ranksAbove((score, slot), heap[0]) { return true }
            dropped += 1
            return false
        }

        mutating func insert(score: Float, slot: UInt32) {
            if heap.count < keep {
                heap.append((score, slot))
                var child = heap.count - 1
                while child > 0 {
                    let parent = (child - 1) / 2
                    guard Self.ranksAbove(heap[parent], heap[child]) else { break }
                    heap.swapAt(parent, child)
                    child = parent
                }
                return
            }
            dropped += 1
            heap[0] = (score, slot)
            var parent = 0
            while true {
                let left = 2 * parent + 1
                guard left < heap.count else { return }
                var child = left
                if left + 1 < heap.count && Self.ranksAbove(heap[left], heap[left + 1]) { child = left + 1 }
                guard Self.ranksAbove(heap[parent], heap[child]) else { return }
                heap.swapAt(parent, child)
                parent = child
            }
        }

        func ranked() -> [(score: Float, slot: UInt32)] {
            heap.sorted(by: Self.ranksAbove)
        }
    }
}
