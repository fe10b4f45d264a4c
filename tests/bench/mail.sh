#!/usr/bin/env bash
# Group mail: one message to a group of N people, queued by a real commonroom-syncd and sent
# through a real SMTP sink (aiosmtpd), next to the same sink taking N mails from Python's smtplib
# in the same run. Prints a markdown table (docs/benchmarks.md, "Group mail").
#
#   tests/bench/mail.sh [--people 10000] [--build-dir DIR] [--work DIR]
#
# Not part of ctest: 10,000 mails take minutes.
set -euo pipefail

root=$(cd "$(dirname "$0")/../.." && pwd)
build="$root/build-bench"
work="${TMPDIR:-/tmp}/commonroom-bench-mail"
people=10000
while [ $# -gt 0 ]; do
    case "$1" in
    --people) people="$2"; shift 2 ;;
    --build-dir) build="$2"; shift 2 ;;
    --work) work="$2"; shift 2 ;;
    -h|--help) sed -n '2,8p' "$0"; exit 0 ;;
    *) echo "mail.sh: unknown option $1 (see --help)" >&2; exit 2 ;;
    esac
done

"$root/scripts/install-deps.sh"
if [ ! -f "$build/build.ninja" ]; then
    cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
fi
ninja -C "$build" bench_mail >/dev/null
mkdir -p "$work"
"$build/tests/bench/bench_mail" --people "$people" --work "$work"
