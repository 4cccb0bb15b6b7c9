import HavenApp
import Logging
import Vapor

// Entry point: read settings (failing fast on bad ones), configure, run the command, always shut down.
// `--create` is Haven's, not the command's: taken out before the command reads its arguments.
var arguments = CommandLine.arguments
let createFlag = arguments.contains(DatabaseChoice.createFlag)
arguments.removeAll { $0 == DatabaseChoice.createFlag }
var env = try Environment.detect(arguments: arguments)
try LoggingSystem.bootstrap(from: &env)
var settings: Settings
do { settings = try Settings.fromEnvironment() } catch {
    FileHandle.standardError.write("\(error)\n".data(using: .utf8)!)
    exit(2)
}
let createSetting = ["1", "true", "yes"].contains(ProcessInfo.processInfo.environment[DatabaseChoice.createSetting]?.lowercased() ?? "")
switch DatabaseChoice.decide(settings.storage, arguments: arguments, createAllowed: createFlag || createSetting) {
case .use(let line):
    FileHandle.standardError.write("\(line)\n".data(using: .utf8)!)
case .helpOnly:
    settings.storage = .sqlite(path: DatabaseChoice.memoryPath)
case .refuse(let message):
    FileHandle.standardError.write("\(message)\n".data(using: .utf8)!)
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
