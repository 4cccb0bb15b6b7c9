/// A small, fast JSON writer (Foundation's JSONEncoder and JSONSerialization are slow on Linux).
public struct JSONWriter {
    public var bytes: [UInt8] = []

    public init(capacity: Int = 16_384) { bytes.reserveCapacity(capacity) }

    public mutating func raw(_ s: StaticString) { s.withUTF8Buffer { bytes.append(contentsOf: $0) } }
    public mutating func raw(_ b: [UInt8]) { bytes.append(contentsOf: b) }

    public mutating func string(_ s: String) {
        bytes.append(0x22)
        var plain = true
        for u in s.utf8 where u < 0x20 || u == 0x22 || u == 0x5C { plain = false; break }
        if plain {
            bytes.append(contentsOf: s.utf8)
            bytes.append(0x22)
            return
        }
        for u in s.utf8 {
            switch u {
            case 0x22: bytes.append(0x5C); bytes.append(0x22)
            case 0x5C: bytes.append(0x5C); bytes.append(0x5C)
            case 0x0A: bytes.append(0x5C); bytes.append(0x6E)
            case 0x0D: bytes.append(0x5C); bytes.append(0x72)
            case 0x09: bytes.append(0x5C); bytes.append(0x74)
            case 0..<0x20:
                let hex = Array("0123456789abcdef".utf8)
                bytes.append(contentsOf: [0x5C, 0x75, 0x30, 0x30, hex[Int(u >> 4)], hex[Int(u & 15)]])
            default: bytes.append(u)
            }
        }
        bytes.append(0x22)
    }

    public mutating func optionalString(_ s: String?) { if let s { string(s) } else { raw("null") } }
    public mutating func int(_ i: Int) { bytes.append(contentsOf: String(i).utf8) }
    public mutating func double(_ d: Double?) {
        guard let d, d.isFinite else { raw("null"); return }
        bytes.append(contentsOf: d.description.utf8)
    }
}

