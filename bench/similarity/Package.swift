// swift-tools-version:6.2
// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Lemniscaat contributors
// Benchmark of the similarity index (Sources/LemniscaatCore/Similarity) at 200 000 signals.
// Run from the repository root: swift run -c release --package-path bench/similarity
// Resolving the main package fetches all its dependencies (only LemniscaatCore and swift-crypto are built).
import PackageDescription

let package = Package(
    name: "similarity-bench",
    platforms: [.macOS(.v15)],
    dependencies: [
        .package(name: "lemniscaat", path: "../..")
    ],
    targets: [
        .executableTarget(
            name: "SimilarityBench",
            dependencies: [.product(name: "LemniscaatCore", package: "lemniscaat")],
            swiftSettings: [.swiftLanguageMode(.v6)]
        )
    ]
)
