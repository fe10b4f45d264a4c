QSqlQuery query(store.database()); // found: a Qt SQL class
const auto sql = QStringLiteral("SELECT name FROM person"); // found: a statement
// A comment may say SELECT "SELECT" and QSqlQuery: not found.
const auto label = tr("Select a person"); // not found: words, not SQL
