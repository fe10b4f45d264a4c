const auto stamp = QDateTime::currentDateTimeUtc();
