import Foundation
import HavenApp
import HavenCore
import Testing
import VaporTesting

@Suite struct APITests {
    func json(_ res: TestingHTTPResponse) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(res.body.readableBytesView)) as? [String: Any])
    }

    @Test func searchReturnsTheDocumentedShape() async throws {
        try await withSample { app in
            try await app.testing().test(.GET, "/api/v1/facilities?near=10001&radius=10&payment=medicaid,medicare&per_page=3") { res in
                #expect(res.status == .ok)
                let body = try json(res)
                let expected = try app.catalog.service.search(parameters: ["near": ["10001"], "radius": ["10"], "payment": ["medicaid,medicare"], "per_page": ["3"]])
                #expect(body["total"] as? Int == expected.total)
                #expect(body["page"] as? Int == 1 && body["per_page"] as? Int == 3)
                let results = try #require(body["results"] as? [[String: Any]])
                #expect(results.map { $0["id"] as? String } == expected.items.map { $0.listing.id.uuidString.lowercased() })
                let first = try #require(results.first)
                for key in ["id", "name", "address", "phone", "latitude", "longitude", "precision", "distance_miles", "terms"] {
                    #expect(first.keys.contains(key), "result lacks \(key)")
                }
                #expect((first["address"] as? [String: Any])?.keys.sorted() == ["city", "state", "street1", "street2", "zip"])
                let facets = try #require(body["facets"] as? [String: [[String: Any]]])
                #expect(facets["payment"]?.contains { $0["slug"] as? String == "medicaid" && ($0["count"] as? Int ?? 0) > 0 } == true)
            }
        }
    }

    @Test func badParametersAreProblemsNamingTheParameter() async throws {
        try await withSample { app in
            let cases: [(String, String, HTTPStatus)] = [
                ("radius=0", "radius", .badRequest), ("radius=abc", "radius", .badRequest), ("radius=0x10", "radius", .badRequest),
                ("radius=nan", "radius", .badRequest), ("radius=1e2", "radius", .badRequest), ("page=100001", "page", .badRequest), ("per_page=500", "per_page", .badRequest),
                ("page=0", "page", .badRequest), ("sort=nearest", "sort", .badRequest), ("sort=", "sort", .badRequest),
                ("payment=nonsense", "payment", .badRequest), ("radius=", "radius", .badRequest), ("payment=", "payment", .badRequest),
                ("near=Springfield", "near", .multipleChoices), ("near=00000", "near", .notFound), ("near=Nowhere%2C%20ZZ", "near", .notFound),
                ("color=blue", "color", .badRequest), ("near=10001&near=10002", "near", .badRequest),
                ("modified_since=K", "modified_since", .badRequest)]
            for (query, parameter, status) in cases {
                try await app.testing().test(.GET, "/api/v1/facilities?\(query)") { res in
                    #expect(res.status == status, "\(query)")
                    #expect(res.headers.contentType?.description.hasPrefix("application/problem+json") == true)
                    let body = try json(res)
                    #expect(body["parameter"] as? String == parameter, "\(query)")
                    #expect(body["status"] as? Int == Int(status.code))
                    #expect(!(body["detail"] as? String ?? "").isEmpty)
                }
            }
        }
    }

    @Test func facilityByIDAndErrors() async throws {
        try await withSample { app in
            let f = try #require(app.catalog.service.index.listings.first)
            try await app.testing().test(.GET, "/api/v1/facilities/\(f.id.uuidString)") { res in
                #expect(res.status == .ok)
                let body = try json(res)
                #expect(body["name"] as? String == f.name)
                #expect((body["sources"] as? [[String: Any]])?.isEmpty == false)
            }
            try await app.testing().test(.GET, "/api/v1/facilities/not-a-uuid") { res in #expect(res.status == .badRequest) }
            try await app.testing().test(.GET, "/api/v1/facilities/\(UUID().uuidString)") { res in
                #expect(res.status == .notFound)
                #expect(res.headers.contentType?.description.hasPrefix("application/problem+json") == true)
            }
        }
    }

    @Test func taxonomyCarriesTheCrosswalk() async throws {
        try await withSample { app in
            try await app.testing().test(.GET, "/api/v1/taxonomy") { res in
                let facets = try #require(try json(res)["facets"] as? [[String: Any]])
                #expect(facets.count == Taxonomy.haven.facets.count)
                let medication = try #require(facets.first { $0["slug"] as? String == "medication" })
                let bup = try #require((medication["terms"] as? [[String: Any]])?.first { $0["slug"] as? String == "buprenorphine" })
                let codes = try #require(bup["samhsa_codes"] as? [[String: String]])
                #expect(codes.contains(["code": "BU", "directory": "substance-use"]))
            }
        }
    }

    @Test func openAPIDocumentDescribesEveryParameter() async throws {
        try await withSample { app in
            try await app.testing().test(.GET, "/api/v1/openapi.json") { res in
                let doc = try json(res)
                #expect(doc["openapi"] as? String == "3.1.0")
                let paths = try #require(doc["paths"] as? [String: Any])
                let search = try #require((paths["/api/v1/facilities"] as? [String: Any])?["get"] as? [String: Any])
                let names = Set((search["parameters"] as? [[String: Any]] ?? []).compactMap { $0["name"] as? String })
                #expect(names == SearchQuery.baseParameters.union(Taxonomy.haven.facets.map(\.slug)))
            }
        }
    }
}
