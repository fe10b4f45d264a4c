#include "SqliteBaseline.h"

#include "BenchSupport.h"

#include <sqlite3.h>

#include <filesystem>
#include <stdexcept>

namespace commonroom::bench {

namespace {

void check(sqlite3 *db, int rc, const std::string &what)
{
    if (rc != SQLITE_OK && rc != SQLITE_DONE && rc != SQLITE_ROW)
        throw std::runtime_error(what + ": " + sqlite3_errmsg(db));
}

void exec(sqlite3 *db, const std::string &sql)
{
    check(db, sqlite3_exec(db, sql.c_str(), nullptr, nullptr, nullptr), sql);
}

std::string columnList(const std::vector<std::string> &columns)
{
    std::string list;
    for (const auto &column : columns)
        list += (list.empty() ? "" : ", ") + quoteIdentifier(column);
    return list;
}

} // namespace

TableRows::TableRows(std::string table, std::vector<std::string> columns)
    : m_table(std::move(table))
    , m_columns(std::move(columns))
{
}

void TableRows::addText(const char *data, std::size_t length)
{
    m_cells.push_back(Cell {m_buffer.size(), std::uint32_t(length), Type::Text});
    m_buffer.append(data, length);
}

std::vector<TableRows> readSyncedRows(const std::string &file)
{
    sqlite3 *db = nullptr;
    check(db, sqlite3_open_v2(file.c_str(), &db, SQLITE_OPEN_READONLY, nullptr), "open " + file);
    std::vector<TableRows> all;
    for (const auto &table : syncedTables()) {
        std::vector<std::string> columns {"id"};
        for (auto &column : wireColumns(table))
            columns.push_back(std::move(column));
        TableRows rows(std::string(table.name), columns);
        const std::string sql = "SELECT " + columnList(columns) + " FROM " + quoteIdentifier(table.name);
        sqlite3_stmt *select = nullptr;
        check(db, sqlite3_prepare_v2(db, sql.c_str(), -1, &select, nullptr), sql);
        while (sqlite3_step(select) == SQLITE_ROW) {
            for (int column = 0; column < int(columns.size()); ++column) {
                switch (sqlite3_column_type(select, column)) {
                case SQLITE_NULL:
                    rows.addNull();
                    break;
                case SQLITE_INTEGER:
                    rows.addInteger(sqlite3_column_int64(select, column));
                    break;
                default:
                    rows.addText(reinterpret_cast<const char *>(sqlite3_column_text(select, column)),
                        std::size_t(sqlite3_column_bytes(select, column)));
                }
            }
        }
        sqlite3_finalize(select);
        all.push_back(std::move(rows));
    }
    sqlite3_close(db);
    return all;
}

ImportResult importRows(const std::string &file, const std::vector<TableRows> &rows, const ImportOptions &options)
{
    for (const char *suffix : {"", "-wal", "-shm", "-journal"})
        std::filesystem::remove(file + suffix);
    ImportResult result;
    const auto started = Steady::now();
    sqlite3 *db = nullptr;
    check(db, sqlite3_open(file.c_str(), &db), "open " + file);
    if (options.wal)
        exec(db, "PRAGMA journal_mode=WAL");
    exec(db, "PRAGMA synchronous=FULL");
    for (const auto &table : syncedTables()) {
        for (const auto &statement : createTableStatements(table, options.side))
            exec(db, statement);
    }
    bool open = false;
    std::size_t inTransaction = 0;
    for (const auto &table : rows) {
        std::string placeholders;
        for (std::size_t i = 0; i < table.columns().size(); ++i)
            placeholders += i ? ", ?" : "?";
        const std::string sql = "INSERT INTO " + quoteIdentifier(table.table()) + " (" + columnList(table.columns())
            + ") VALUES (" + placeholders + ")";
        sqlite3_stmt *insert = nullptr;
        check(db, sqlite3_prepare_v2(db, sql.c_str(), -1, &insert, nullptr), sql);
        for (std::size_t row = 0; row < table.rowCount(); ++row) {
            if (!open) {
                exec(db, "BEGIN");
                open = true;
                ++result.transactions;
            }
            for (std::size_t column = 0; column < table.columns().size(); ++column) {
                const auto &cell = table.cell(row, column);
                const int index = int(column) + 1;
                if (cell.type == TableRows::Type::Integer)
                    sqlite3_bind_int64(insert, index, std::int64_t(cell.offset));
                else if (cell.type == TableRows::Type::Text)
                    sqlite3_bind_text(insert, index, table.text(cell), int(cell.length), SQLITE_STATIC);
                else
                    sqlite3_bind_null(insert, index);
            }
            check(db, sqlite3_step(insert), "insert into " + table.table());
            sqlite3_reset(insert);
            ++result.rows;
            if (options.rowsPerTransaction && ++inTransaction == options.rowsPerTransaction) {
                exec(db, "COMMIT");
                open = false;
                inTransaction = 0;
            }
        }
        sqlite3_finalize(insert);
    }
    if (open)
        exec(db, "COMMIT");
    sqlite3_close(db);
    result.seconds = secondsSince(started);
    return result;
}

} // namespace commonroom::bench
