#!/usr/bin/env bash
# Fails, listing them, when a window, a model or a command of the desktop (desktop/ui,
# desktop/models, desktop/app) speaks SQL: the database belongs to the services of desktop/core,
# which the GUI and the CLI both ask (docs/architecture.md).
#
#   scripts/check-layers.sh [ROOT]   (default: this checkout; ctest runs it as layers_hold)
set -euo pipefail
root=${1:-"$(dirname "$0")/.."}
cd "$root"
# Each trespass: an extended regular expression, and what it is.
trespasses=(
    'QSql(Query|Database|Error|Record|Driver|QueryModel|TableModel)' 'a Qt SQL class'
    '"[^"]*\b(SELECT|INSERT|UPDATE|DELETE|REPLACE|CREATE|DROP|ALTER|PRAGMA|WITH)\b[^"]*"' 'an SQL statement'
    'sqlite3_[a-z_]+' 'the SQLite C API'
)
layers=(desktop/ui desktop/models desktop/app)

found=()
for ((i = 0; i < ${#trespasses[@]}; i += 2)); do
    pattern=${trespasses[i]}
    what=${trespasses[i + 1]}
    while IFS= read -r hit; do
        file=${hit%%:*}
        rest=${hit#*:}
        line=${rest%%:*}
        text=${rest#*:}
        # Comments may name what the core does.
        code=${text%%//*}
        grep -qE -- "$pattern" <<<"$code" || continue
        found+=("$file:$line: $what: $(sed 's/^ *//' <<<"$text")")
    done < <(grep -rnE --include='*.cpp' --include='*.h' -- "$pattern" "${layers[@]}" 2>/dev/null || true)
done

if ((${#found[@]})); then
    printf '  %s\n' "${found[@]}" | sort -t: -k1,1 -k2,2n
    echo "SQL in a window, model or command, listed above. Ask a service of desktop/core instead" \
        "(the Device owns them; docs/architecture.md)." >&2
    exit 1
fi
echo "No SQL in desktop/ui, desktop/models and desktop/app."
