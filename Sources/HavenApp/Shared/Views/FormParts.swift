import HavenHTML

/// The problems with a submitted form, in the order the fields appear, each tied to its field.
struct FormErrors: Sendable {
    private(set) var list: [(field: String, message: String)] = []

    mutating func add(_ field: String, _ message: String) {
        guard self[field] == nil else { return }
        list.append((field, message))
    }

    subscript(_ field: String) -> String? { list.first { $0.field == field }?.message }
    var isEmpty: Bool { list.isEmpty }
}

/// The parts every form is made of: an error summary that links to each field, labelled fields that keep what was
/// typed and say their problem beside them, and the form's signed token.
enum FormParts {
    /// "There is a problem" with a link to each field at fault, first in the form and announced.
    static func errorSummary(_ errors: FormErrors) -> Node {
        guard !errors.isEmpty else { return .empty }
        return div(.class("error-summary"), .role("alert"), .ariaLabelledBy("error-summary-title")) {
            h2(.id("error-summary-title")) { text(Words.current.problems(errors.list.count)) }
            ul {
                for e in errors.list { li { a(.href(SafeURL(path: "#" + e.field))) { text(e.message) } } }
            }
        }
    }

    /// A labelled input. `value` is what was typed (passwords are never sent back); `hint` and the error are tied to
    /// it with `aria-describedby`.
    static func field(_ name: String, _ labelText: String, type: StaticString = "text", value: String = "",
                      autocomplete: StaticString? = nil, hint: String? = nil, errors: FormErrors,
                      required: Bool = true, maxLength: Int = 200) -> Node {
        let error = errors[name]
        var attrs: [Attribute] = [.id(name), .name(name), .type(type), .maxLength(maxLength)]
        if type.description != "password" { attrs.append(.value(value)) }
        if let autocomplete { attrs.append(.autocomplete(autocomplete)) }
        if required { attrs.append(.required) }
        if let d = describedBy(name, hint: hint, error: error) { attrs.append(.ariaDescribedBy(d)) }
        if error != nil { attrs.append(.ariaInvalid) }
        return labelled(name, labelText, hint: hint, error: error, input(attrs))
    }

    /// A labelled text area.
    static func textArea(_ name: String, _ labelText: String, value: String = "", hint: String? = nil, errors: FormErrors,
                         required: Bool = false, maxLength: Int = 2000, rows: Int = 4) -> Node {
        let error = errors[name]
        var attrs: [Attribute] = [.id(name), .name(name), .maxLength(maxLength), .rows(rows)]
        if required { attrs.append(.required) }
        if let d = describedBy(name, hint: hint, error: error) { attrs.append(.ariaDescribedBy(d)) }
        if error != nil { attrs.append(.ariaInvalid) }
        // A browser drops one newline right after <textarea>: write one, so a value that starts with one keeps it.
        return labelled(name, labelText, hint: hint, error: error, textarea(attrs) { text("\n" + value) })
    }

    /// A control with its label, hint and error above it (the ids `aria-describedby` names).
    private static func labelled(_ name: String, _ labelText: String, hint: String?, error: String?, _ control: Node) -> Node {
        div(.class(error == nil ? "field" : "field invalid")) {
            label(.for(name)) { text(labelText) }
            if let hint { p(.class("hint"), .id(name + "-hint")) { text(hint) } }
            if let error { p(.class("error"), .id(name + "-error")) { text(error) } }
            control
        }
    }

    /// A group of radio buttons with its legend and error; the fieldset has the name as its id, so the error
    /// summary's link lands on it.
    static func radios(_ name: String, _ legendText: String, _ options: [(value: String, label: String)], chosen: String, errors: FormErrors) -> Node {
        fieldset(.id(name), .class(errors[name] == nil ? "field" : "field invalid")) {
            legend { text(legendText) }
            if let e = errors[name] { p(.class("error")) { text(e) } }
            for o in options {
                div(.class("choice")) {
                    input([.type("radio"), .id("\(name)-\(o.value)"), .name(name), .value(o.value)] + (chosen == o.value ? [.checked] : []))
                    label(.for("\(name)-\(o.value)")) { text(o.label) }
                }
            }
        }
    }

    /// A labelled drop-down whose first choice is "not said".
    static func dropDown(_ name: String, _ labelText: String, _ options: [(value: String, label: String)], chosen: String, errors: FormErrors) -> Node {
        div(.class(errors[name] == nil ? "field" : "field invalid")) {
            label(.for(name)) { text(labelText) }
            if let e = errors[name] { p(.class("error"), .id(name + "-error")) { text(e) } }
            select(.id(name), .name(name)) {
                option(.value("")) { text(Words.current.chooseOptional) }
                for o in options { option([.value(o.value)] + (chosen == o.value ? [.selected] : [])) { text(o.label) } }
            }
        }
    }

    /// The form's signed token (see `FormGuard`).
    static func token(_ value: String) -> Node {
        input([.type("hidden"), .name(FormGuard.fieldName), .value(value)])
    }

    private static func describedBy(_ name: String, hint: String?, error: String?) -> String? {
        let ids = [hint == nil ? nil : name + "-hint", error == nil ? nil : name + "-error"].compactMap { $0 }
        return ids.isEmpty ? nil : ids.joined(separator: " ")
    }
}
