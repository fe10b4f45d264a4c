void count()
{
    sqlite3_exec(db, "", nullptr, nullptr, nullptr);
} // found: the SQLite C API
