import Foundation
import HavenCore

// Quick probe of the import pipeline on the shared data (replaced by the benchmark below once search lands).
let data = SourceFiles.dataDirectory()!
let t0 = Date()
let sa = try SourceFiles.readDirectory(data.appendingPathComponent(SourceFiles.saWorkbook))
let mh = try SourceFiles.readDirectory(data.appendingPathComponent(SourceFiles.mhWorkbook))
let t1 = Date()
print("xlsx", t1.timeIntervalSince(t0), sa.rows.count, sa.rejected.count, sa.warnings.count, mh.rows.count, mh.rejected.count, mh.warnings.count)
let sac = try SourceFiles.readDirectory(data.appendingPathComponent("samhsa/national_directory_sa_2022_facilities.csv"))
print("csv same", sac.rows == sa.rows, Date().timeIntervalSince(t1))
for w in (sa.warnings + mh.warnings + sa.rejected + mh.rejected).prefix(20) { print(w) }
let (loc, sites) = try SourceFiles.readLocator(SourceFiles.locatorFiles.map { data.appendingPathComponent($0) })
let zips = try ZipTableParser.parse(CSVReader.read(contentsOf: data.appendingPathComponent(SourceFiles.zipTable)), file: "zip")
var cents: [String: Coordinate] = [:]
for z in zips.zipCodes { cents[z.zip] = z.coordinate }
let drafts = FacilityAssembler(locator: loc, zipCentroids: cents, websites: sites).assemble([sa, mh])
print("drafts", drafts.count, Dictionary(grouping: drafts, by: \.precision).mapValues(\.count), "sites", drafts.filter { !$0.website.isEmpty }.count, Date().timeIntervalSince(t0))
print("zip rejected", zips.rejected.count, zips.withoutLocation, zips.rejected.prefix(3))
