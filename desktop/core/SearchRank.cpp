#include "SearchRank.h"

#include <QSqlDriver>
#include <QVariant>

#include <sqlite3.h>

#include <algorithm>
#include <array>
#include <vector>

namespace commonroom {

namespace {

void rank(const Fts5ExtensionApi *api, Fts5Context *fts, sqlite3_context *result, int argc, sqlite3_value **argv)
{
    const int columns = api->xColumnCount(fts);
    const int phrases = api->xPhraseCount(fts);
    // Column weights as arguments, like bm25; a column without one weighs 1.
    std::array<double, 16> weight {};
    weight.fill(1.0);
    for (int i = 0; i < std::min({argc, columns, int(weight.size())}); ++i)
        weight[std::size_t(i)] = sqlite3_value_double(argv[i]);
    int instances = 0;
    if (int rc = api->xInstCount(fts, &instances); rc != SQLITE_OK) {
        sqlite3_result_error_code(result, rc);
        return;
    }
    std::vector<double> best(std::size_t(std::max(phrases, 0)), 0.0);
    for (int i = 0; i < instances; ++i) {
        int phrase = 0;
        int column = 0;
        int offset = 0;
        if (api->xInst(fts, i, &phrase, &column, &offset) != SQLITE_OK || phrase < 0 || phrase >= phrases)
            continue;
        const double w = column >= 0 && column < int(weight.size()) ? weight[std::size_t(column)] : 1.0;
        best[std::size_t(phrase)] = std::max(best[std::size_t(phrase)], w);
    }
    double score = 0.01 * instances;
    for (double b : best)
        score += b;
    sqlite3_result_double(result, -score);
}

fts5_api *fts5(sqlite3 *db)
{
    fts5_api *api = nullptr;
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(db, "SELECT fts5(?1)", -1, &statement, nullptr) != SQLITE_OK)
        return nullptr;
    sqlite3_bind_pointer(statement, 1, static_cast<void *>(&api), "fts5_api_ptr", nullptr);
    sqlite3_step(statement);
    sqlite3_finalize(statement);
    return api;
}

} // namespace

bool SearchRank::install(sqlite3 *handle)
{
    fts5_api *api = handle ? fts5(handle) : nullptr;
    return api && api->xCreateFunction(api, kFunctionName, nullptr, &rank, nullptr) == SQLITE_OK;
}

bool SearchRank::install(const QSqlDatabase &db)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return false;
    return install(*static_cast<sqlite3 *const *>(handle.data()));
}

} // namespace commonroom
