import Foundation
import Testing
@testable import HavenCore

/// The seeker's list, kept in the URL: read, checked, added to and written back.
@Suite struct PlaceListTests {
    static let a = UUID(uuidString: "3F2C5E1A-0000-8000-8000-000000000001")!, b = UUID(uuidString: "3f2c5e1a-0000-8000-8000-000000000002")!

    @Test func readInOrderOnceEachInAnyCase() throws {
        let list = try PlaceList.parse(["3f2c5e1a-0000-8000-8000-000000000002, 3F2C5E1A-0000-8000-8000-000000000001", "3f2c5e1a-0000-8000-8000-000000000002"])
        #expect(list.ids == [Self.b, Self.a])
        #expect(list.parameter == "3f2c5e1a-0000-8000-8000-000000000002,3f2c5e1a-0000-8000-8000-000000000001")
        #expect(try PlaceList.parse([list.parameter]) == list)
        #expect(try PlaceList.parse(["", " , "]).isEmpty)
    }

    @Test func somethingElseOrTooManyIsAClearError() {
        #expect(throws: QueryError.self) { try PlaceList.parse(["<script>"]) }
        do { _ = try PlaceList.parse(["not-an-id"]) } catch { #expect(error.parameter == "list" && error.message.contains("not a place on Haven")) }
        let eleven = (1...11).map { String(format: "3f2c5e1a-0000-8000-8000-%012d", $0) }
        do { _ = try PlaceList.parse([eleven.joined(separator: ",")]); Issue.record("eleven places were read") } catch {
            #expect(error.message == "a list holds up to 10 places; this one has 11")
        }
    }

    @Test func addingAndRemovingKeepOrderAndTheLimit() {
        var list = PlaceList([Self.a])
        list = list.adding(Self.b).adding(Self.a)
        #expect(list.ids == [Self.a, Self.b])
        #expect(list.removing(Self.a).ids == [Self.b])
        let full = PlaceList((1...12).map { _ in UUID() })
        #expect(full.count == PlaceList.limit && full.isFull && full.adding(UUID()).count == PlaceList.limit)
    }

    @Test func aSearchCarriesTheListLastAndTheAPIDoesNotTakeIt() throws {
        var q = try SearchQuery.parse(["near": ["10001"], "list": [Self.a.uuidString]])
        #expect(q.list.ids == [Self.a])
        q.page = 2
        #expect(q.parameters().last! == ("list", Self.a.uuidString.lowercased()))
        #expect(!SearchQuery.baseParameters.contains("list"))
    }
}
