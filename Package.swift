// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Haven",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "haven", targets: ["haven"]),
        .executable(name: "haven-bench", targets: ["haven-bench"]),
    ],
    dependencies: [
        .package(url: "https://github.com/vapor/vapor.git", from: "4.122.3"),
        .package(url: "https://github.com/vapor/fluent.git", from: "4.13.0"),
        .package(url: "https://github.com/vapor/fluent-sqlite-driver.git", from: "4.9.0"),
        .package(url: "https://github.com/vapor/fluent-postgres-driver.git", from: "2.14.0"),
        .package(url: "https://github.com/weichsel/ZIPFoundation.git", from: "0.9.20"),
        .package(url: "https://github.com/apple/swift-nio.git", from: "2.101.3"),
        .package(url: "https://github.com/apple/swift-nio-extras.git", from: "1.35.2"),
        .package(url: "https://github.com/apple/swift-nio-ssl.git", from: "2.37.6"),
        .package(url: "https://github.com/x-sheep/swift-property-based.git", from: "2.0.1"),
        .package(url: "https://github.com/JohnSundell/Ink.git", from: "0.6.0"),
    ],
    targets: [
        // Pure domain: taxonomy, geo, search, import mapping. Never imports Vapor.
        .target(
            name: "HavenCore",
            dependencies: [.product(name: "ZIPFoundation", package: "ZIPFoundation")],
            // The domain does the heavy lifting (parsing 20k-row workbooks, exporting a million rows, the search
            // property test); unoptimized it is 10-30x slower, which made debug test runs and CI crawl.
            swiftSettings: [.unsafeFlags(["-O"], .when(configuration: .debug))]
        ),
        // Typed HTML: text is escaped unless it is markup this module made itself. Pure Swift, no Vapor.
        .target(name: "HavenHTML"),
        // The web and storage shell around HavenCore.
        .target(
            name: "HavenApp",
            dependencies: [
                "HavenCore",
                "HavenHTML",
                .product(name: "Vapor", package: "vapor"),
                .product(name: "Fluent", package: "fluent"),
                .product(name: "FluentSQLiteDriver", package: "fluent-sqlite-driver"),
                .product(name: "FluentPostgresDriver", package: "fluent-postgres-driver"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "NIOExtras", package: "swift-nio-extras"),
                .product(name: "NIOHTTPCompression", package: "swift-nio-extras"),
                .product(name: "NIOSSL", package: "swift-nio-ssl"),
                // Guides' Markdown; its HTML is read back through HavenHTML's allow-list (AllowedMarkup).
                .product(name: "Ink", package: "Ink"),
            ]
        ),
        .executableTarget(name: "haven", dependencies: ["HavenApp"]),
        .executableTarget(name: "haven-bench", dependencies: ["HavenCore"]),
        .testTarget(
            name: "HavenCoreTests",
            dependencies: [
                "HavenCore",
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
                .product(name: "PropertyBased", package: "swift-property-based"),
            ],
            exclude: ["FuzzCorpus"]
        ),
        .testTarget(name: "HavenHTMLTests", dependencies: ["HavenHTML"]),
        .testTarget(
            name: "HavenAppTests",
            dependencies: [
                "HavenApp",
                "HavenHTML",
                .product(name: "VaporTesting", package: "vapor"),
            ],
            exclude: ["Pages/__Snapshots__"]
        ),
    ]
)
