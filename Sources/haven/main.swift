import HavenApp
import Logging
import Vapor

// Entry point: read settings (failing fast on bad ones), configure, run the command, always shut down.
var env = try Environment.detect()
try LoggingSystem.bootstrap(from: &env)
var settings: Settings
do { settings = try Settings.fromEnvironment() } catch {
    FileHandle.standardError.write("\(error)\n".data(using: .utf8)!)
    exit(2)
}
settings.environmentNamed = CommandLine.arguments.contains { $0 == "--env" || $0 == "-e" || $0.hasPrefix("--env=") }
    || !(ProcessInfo.processInfo.environment["VAPOR_ENV"] ?? "").isEmpty
let app = try await Application.make(env)
do {
    try await configure(app, settings: settings)
} catch {
    app.logger.report(error: error)
    try? await app.asyncShutdown()
    exit(1)
}
do {
    try await app.execute()
} catch {
    // `execute` has reported the error already: say it once.
    try? await app.asyncShutdown()
    exit(1)
}
try await app.asyncShutdown()
