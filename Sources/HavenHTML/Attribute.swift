/// An attribute. Names are static (never built from input); values are escaped when rendered; `nil` is a boolean
/// attribute (`checked`, `open`).
public struct Attribute: Sendable {
    let name: StaticString
    let value: String?

    public init(_ name: StaticString, _ value: String?) {
        self.name = name
        self.value = value
    }

    public static func `class`(_ v: String) -> Attribute { Attribute("class", v) }
    public static func id(_ v: String) -> Attribute { Attribute("id", v) }
    public static func name(_ v: String) -> Attribute { Attribute("name", v) }
    public static func value(_ v: String) -> Attribute { Attribute("value", v) }
    public static func type(_ v: StaticString) -> Attribute { Attribute("type", v.description) }
    public static func `for`(_ v: String) -> Attribute { Attribute("for", v) }
    public static func rel(_ v: StaticString) -> Attribute { Attribute("rel", v.description) }
    public static func role(_ v: StaticString) -> Attribute { Attribute("role", v.description) }
    public static func lang(_ v: StaticString) -> Attribute { Attribute("lang", v.description) }
    public static func method(_ v: StaticString) -> Attribute { Attribute("method", v.description) }
    public static func action(_ v: SafeURL) -> Attribute { Attribute("action", v.value) }
    public static func href(_ v: SafeURL) -> Attribute { Attribute("href", v.value) }
    public static func content(_ v: String) -> Attribute { Attribute("content", v) }
    public static func scope(_ v: StaticString) -> Attribute { Attribute("scope", v.description) }
    public static func start(_ v: Int) -> Attribute { Attribute("start", String(v)) }
    public static func inputMode(_ v: StaticString) -> Attribute { Attribute("inputmode", v.description) }
    public static func autocomplete(_ v: StaticString) -> Attribute { Attribute("autocomplete", v.description) }
    public static func ariaLabel(_ v: String) -> Attribute { Attribute("aria-label", v) }
    public static func ariaLabelledBy(_ v: String) -> Attribute { Attribute("aria-labelledby", v) }
    public static func ariaDescribedBy(_ v: String) -> Attribute { Attribute("aria-describedby", v) }
    public static func ariaLive(_ v: StaticString) -> Attribute { Attribute("aria-live", v.description) }
    public static func ariaCurrent(_ v: StaticString) -> Attribute { Attribute("aria-current", v.description) }
    public static let ariaHidden = Attribute("aria-hidden", "true")
    public static let ariaInvalid = Attribute("aria-invalid", "true")
    public static let checked = Attribute("checked", nil)
    public static let selected = Attribute("selected", nil)
    public static let open = Attribute("open", nil)
    public static let hidden = Attribute("hidden", nil)
    public static let disabled = Attribute("disabled", nil)
    public static let `defer` = Attribute("defer", nil)
    public static let required = Attribute("required", nil)
    /// On a form: the server checks it and says what is wrong beside each field.
    public static let novalidate = Attribute("novalidate", nil)
    public static func maxLength(_ v: Int) -> Attribute { Attribute("maxlength", String(v)) }
    public static func rows(_ v: Int) -> Attribute { Attribute("rows", String(v)) }
    public static func ariaControls(_ v: String) -> Attribute { Attribute("aria-controls", v) }
    public static func tabIndex(_ v: Int) -> Attribute { Attribute("tabindex", String(v)) }
    public static func src(_ v: SafeURL) -> Attribute { Attribute("src", v.value) }
}
