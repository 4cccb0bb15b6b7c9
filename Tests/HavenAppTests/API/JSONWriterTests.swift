import Foundation
@testable import HavenApp
import HavenCore
import Testing

/// The hand-written JSON of `GET /api/v1/facilities` says exactly what the Codable DTO says.
@Suite struct JSONWriterTests {
    static let queries: [[String: [String]]] = [
        ["near": ["10001"], "radius": ["25"]],
        ["near": ["10001"], "radius": ["500"], "payment": ["medicaid,medicare"], "per_page": ["7"], "page": ["2"]],
        ["q": ["recovery"]],
        ["medication": ["buprenorphine"], "sort": ["name"]],
        ["near": ["10001"], "radius": ["1"], "age": ["seniors"]],
    ]

    @Test func writerOutputDecodesToTheDTO() async throws {
        try await withSample { app in
            let service = app.catalog.service
            let taxonomy = service.index.taxonomy
            for params in Self.queries {
                let results = try service.search(parameters: params)
                var writer = JSONWriter()
                let alternatives = service.alternatives(for: results)
                writer.searchResponse(results, alternatives: alternatives, taxonomy: taxonomy)
                let written = Data(writer.bytes)
                let dto = SearchResponseDTO(results, alternatives: alternatives, taxonomy: taxonomy)
                #expect(try JSONDecoder().decode(SearchResponseDTO.self, from: written) == dto, "\(params)")
                // The same keys and nulls too, not only the same values where both have them.
                let encoded = try JSONEncoder().encode(dto)
                let a = try JSONSerialization.jsonObject(with: written) as? NSDictionary
                let b = try JSONSerialization.jsonObject(with: encoded) as? NSDictionary
                #expect(a != nil && a == b, "\(params)")
            }
        }
    }
}
