import Fluent
import Vapor

extension Request {
    /// Where this request's workflows write.
    var workplace: Workplace { Workplace(db: db, abortBeforeCommit: application.havenSettings.abortBeforeCommit) }
}

extension Application {
    /// Where the command line's actions write.
    var workplace: Workplace { Workplace(db: db, abortBeforeCommit: havenSettings.abortBeforeCommit) }
}
