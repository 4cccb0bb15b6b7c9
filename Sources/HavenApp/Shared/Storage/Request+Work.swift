import Fluent
import Vapor

extension Request {
    /// Where this request's workflows write.
    var workplace: Workplace { application.workplace(on: db) }
}

extension Application {
    /// Where the command line's actions write.
    var workplace: Workplace { workplace(on: db) }

    func workplace(on db: any Database) -> Workplace {
        Workplace(db: db, publicURL: havenSettings.publicURL, abortBeforeCommit: havenSettings.abortBeforeCommit)
    }
}
