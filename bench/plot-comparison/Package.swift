// swift-tools-version:6.0
// Measures what issue 7 asked: rendering Haven's results page with Plot against HavenHTML (and the old string
// literals), in-process, release build. Not part of Haven's build or CI:
//   cd bench/plot-comparison && swift run -c release
import PackageDescription

let package = Package(
    name: "PlotComparison",
    platforms: [.macOS(.v13)],
    dependencies: [
        .package(url: "https://github.com/JohnSundell/Plot.git", from: "0.14.0"),
    ],
    targets: [
        // Haven's own HavenHTML sources, through a symbolic link (Sources/HavenHTML -> ../../../Sources/HavenHTML).
        .target(name: "HavenHTML"),
        .executableTarget(name: "PlotComparison", dependencies: [
            "HavenHTML",
            .product(name: "Plot", package: "Plot"),
        ]),
    ]
)
