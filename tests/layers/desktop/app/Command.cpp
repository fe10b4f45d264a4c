void count()
{
    sqlite3_exec(db, "", nullptr, nullptr, nullptr);
} // the SQLite C API, let through: this file is on scripts/layers-pending.txt
out << "Update the profile" << Qt::endl; // not found
