#pragma once

// The baselines: what SQLite itself takes, through its C API with one prepared statement per
// table, to write the same rows the product writes. Rows are read into memory first so that the
// timed part is only the writing.

#include "common/Schema.h"

#include <cstdint>
#include <string>
#include <vector>

namespace commonroom::bench {

// The rows of one table, compactly: every cell is a slice of one buffer.
class TableRows
{
public:
    enum class Type : std::uint8_t { Null, Integer, Text };
    struct Cell
    {
        std::uint64_t offset = 0; // into the buffer for text, the value itself for integers
        std::uint32_t length = 0;
        Type type = Type::Null;
    };

    TableRows(std::string table, std::vector<std::string> columns);

    const std::string &table() const { return m_table; }
    const std::vector<std::string> &columns() const { return m_columns; }
    std::size_t rowCount() const { return m_columns.empty() ? 0 : m_cells.size() / m_columns.size(); }
    const Cell &cell(std::size_t row, std::size_t column) const { return m_cells[row * m_columns.size() + column]; }
    const char *text(const Cell &cell) const { return m_buffer.data() + cell.offset; }

    void addNull() { m_cells.push_back(Cell {}); }
    void addInteger(std::int64_t value) { m_cells.push_back(Cell {std::uint64_t(value), 0, Type::Integer}); }
    void addText(const char *data, std::size_t length);

private:
    std::string m_table;
    std::vector<std::string> m_columns;
    std::vector<Cell> m_cells;
    std::string m_buffer;
};

// Every row of the synced tables in the database `file` (a device's), columns id + wire columns.
std::vector<TableRows> readSyncedRows(const std::string &file);

struct ImportOptions
{
    SchemaSide side = SchemaSide::Device; // which DDL (and so which indexes) the empty tables get
    std::size_t rowsPerTransaction = 0; // 0: everything in one transaction
    bool wal = true; // journal_mode=WAL, as the device and the daemon use
};

struct ImportResult
{
    double seconds = 0; // creating the tables, inserting, committing
    std::size_t rows = 0;
    std::size_t transactions = 0;
};

// Creates `file` afresh with the synced tables and inserts `rows` with synchronous=FULL.
ImportResult importRows(const std::string &file, const std::vector<TableRows> &rows, const ImportOptions &options);

} // namespace commonroom::bench
