void count() { sqlite3_exec(db, "", nullptr, nullptr, nullptr); } // found: the C API
out << "Update the profile" << Qt::endl; // not found
