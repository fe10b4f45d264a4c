#!/usr/bin/env bash
# Prints the device database's schema as the LocalStore of commit COMMIT made it at user_version
# VERSION: its numbered migrations 1..VERSION run on an empty database, then sqlite_master (the
# FTS5 tables' own shadow tables left out: their CREATE VIRTUAL TABLE makes them) and the
# settings those migrations wrote. The fixtures of tests/unit/data/device-schema were made with
# it, from the first commit of each version:
#   scripts/device-schema-fixture.sh COMMIT VERSION [BUILD_DIR] > tests/unit/data/device-schema/vVERSION.sql
# Since the migrations moved to desktop/core/StoreMigrations.cpp (deviceMigrations(), which uses
# the rest of the store), the program links COMMIT's desktop_core and commonroom_common from
# BUILD_DIR, a build of COMMIT (./scripts/build.sh in a checkout of it); the collation LOCALE
# (NameCollation.h) is stood in for by byte order, which makes the same schema.
# Needs g++, Qt6Core and libsqlite3 (scripts/install-deps.sh).
set -euo pipefail
commit=$1
version=$2
build=${3:-}
cd "$(dirname "$0")/.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# The program's main, whichever way it reaches the migrations: STEPS (their statements) run up to
# VERSION on an empty database, after PREPARE(db), and what they made is printed.
cat > "$work/main.inc" <<'CPP'
int main(int, char **argv)
{
    const int version = std::atoi(argv[1]);
    sqlite3 *db = nullptr;
    sqlite3_open(":memory:", &db);
    PREPARE(db);
    const auto steps = STEPS;
    for (int i = 0; i < version; ++i) {
        for (const auto &statement : steps[i]) {
            char *error = nullptr;
            if (sqlite3_exec(db, statement.c_str(), nullptr, nullptr, &error) != SQLITE_OK) {
                std::fprintf(stderr, "%s: %s\n", statement.c_str(), error);
                return 1;
            }
        }
    }
    const auto print = [db](const char *sql) {
        sqlite3_stmt *query = nullptr;
        sqlite3_prepare_v2(db, sql, -1, &query, nullptr);
        while (sqlite3_step(query) == SQLITE_ROW)
            std::printf("%s\n", reinterpret_cast<const char *>(sqlite3_column_text(query, 0)));
        sqlite3_finalize(query);
    };
    print("SELECT sql || ';' FROM sqlite_master m WHERE sql IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "
          "sqlite_master v WHERE v.sql LIKE 'CREATE VIRTUAL TABLE%' AND m.type = 'table' "
          "AND m.sql NOT LIKE 'CREATE VIRTUAL%' AND substr(m.name, 1, length(v.name) + 1) = v.name || '_') "
          "ORDER BY rowid");
    print("SELECT 'INSERT INTO setting (key, value) VALUES (' || quote(key) || ', ' || quote(value) || ');' "
          "FROM setting");
    std::printf("PRAGMA user_version=%d;\n", version);
    return 0;
}
CPP
if git cat-file -e "$commit:desktop/core/StoreMigrations.cpp" 2>/dev/null; then
    if [ -z "$build" ] || [ ! -f "$build/desktop/core/libdesktop_core.a" ]; then
        echo "usage: $0 COMMIT VERSION BUILD_DIR (a build of $commit: its migrations need desktop_core)" >&2
        exit 2
    fi
    git archive "$commit" common desktop/core | tar -x -C "$work"
    cat > "$work/fixture.cpp" <<'CPP'
#include "desktop/core/StoreMigrations.h"
#include <sqlite3.h>
#include <cstdio>
#include <cstdlib>
#include <cstring>
using namespace commonroom;
namespace {
int byteOrder(void *, int a, const void *x, int b, const void *y)
{
    const int c = std::memcmp(x, y, std::size_t(a < b ? a : b));
    return c != 0 ? c : a - b;
}
}
#define STEPS deviceMigrations()
#define PREPARE(db) sqlite3_create_collation(db, "LOCALE", SQLITE_UTF8, nullptr, byteOrder)
#include "main.inc"
CPP
    g++ -std=c++20 -fPIC -w -I"$work" $(pkg-config --cflags Qt6Core) "$work/fixture.cpp" -Wl,--start-group \
        "$build/desktop/core/libdesktop_core.a" "$build/common/libcommonroom_common.a" -Wl,--end-group \
        $(pkg-config --libs Qt6Core Qt6Sql Qt6Network) -lsqlite3 -licui18n -licuuc -lqt6keychain -lboost_json \
        -lssl -lcrypto -o "$work/fixture"
    echo "-- The device database as Commonroom's LocalStore made it at user_version $version (first made by"
    echo "-- $(git log -1 --format=%h "$commit"); scripts/device-schema-fixture.sh). One statement a line."
    "$work/fixture" "$version"
    exit 0
fi
git archive "$commit" common | tar -x -C "$work"
git show "$commit:desktop/core/LocalStore.cpp" > "$work/LocalStore.cpp"
# migrations() and what it uses: from the anonymous namespace's start to the function's end.
python3 - "$work" <<'PY'
import sys
work = sys.argv[1]
lines = open(work + '/LocalStore.cpp').read().split('\n')
start = lines.index('namespace {') + 1
begin = next(i for i, l in enumerate(lines) if l.startswith('std::vector<std::vector<std::string>> migrations()'))
end = next(i for i in range(begin, len(lines)) if lines[i] == '}')
body = '\n'.join(l for l in lines[start:end + 1] if 'connectionCounter' not in l)
main = '#define STEPS migrations()\n#define PREPARE(db) (void)db\n#include "main.inc"\n'
open(work + '/fixture.cpp', 'w').write('#include "common/Schema.h"\n#include <QString>\n#include <QStringList>\n'
    '#include <sqlite3.h>\n#include <cstdio>\n#include <cstdlib>\n#include <string>\n#include <vector>\n'
    'using namespace commonroom;\nnamespace {\n' + body + '\n}\n' + main)
PY
sources=("$work/common/Schema.cpp" "$work/common/Roles.cpp")
[ -f "$work/common/ProfileMedia.cpp" ] && sources+=("$work/common/ProfileMedia.cpp")
g++ -std=c++20 -fPIC -w -I"$work" $(pkg-config --cflags Qt6Core) "$work/fixture.cpp" "${sources[@]}" \
    -o "$work/fixture" $(pkg-config --libs Qt6Core) -lsqlite3
echo "-- The device database as Commonroom's LocalStore made it at user_version $version (first made by"
echo "-- $(git log -1 --format=%h "$commit"); scripts/device-schema-fixture.sh). One statement a line."
"$work/fixture" "$version"
