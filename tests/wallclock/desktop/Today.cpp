const QString label = tr("The start time (starts_at) is missing.");
const auto today = QDate::currentDate();
const auto now = QDateTime::currentMSecsSinceEpoch();
const auto start = event.start.time();
query.exec("UPDATE setting SET value = datetime('now')");
const SystemClock clock;
