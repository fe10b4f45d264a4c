#!/usr/bin/env bash
# Fails, listing them, when the product's sources (common, desktop, syncd; not tests) read the
# wall clock anywhere but in SystemClock (common/Clock.cpp), or make a SystemClock anywhere but
# in a program's main. The rule and what is allowed: docs/time.md.
#
#   scripts/check-wall-clock.sh [ROOT]   (default: this checkout; ctest runs it as wall_clock_readings)
#
# Steady clocks (QElapsedTimer, QTimer, std::chrono::steady_clock) measure durations, not the
# date: they are allowed everywhere and not looked for.
set -euo pipefail
root=${1:-"$(dirname "$0")/.."}
cd "$root"

# Each reading: an extended regular expression, and what it reads.
readings=(
    'QDateTime::current[A-Za-z]*'             'QDateTime::current*() reads the wall clock'
    'QDate::currentDate|QTime::currentTime'   'QDate/QTime::current*() reads the wall clock'
    'system_clock|high_resolution_clock'      'a std::chrono wall clock'
    'utc_clock|tai_clock|gps_clock|file_clock::now' 'a std::chrono calendar clock'
    '(^|[^A-Za-z0-9_.>])(std::|::)?time *\('  'time() reads the wall clock'
    'gettimeofday|clock_gettime|CLOCK_REALTIME|(^|[^A-Za-z0-9_])ftime *\(' 'a C library call reads the wall clock'
    "'now'|CURRENT_(TIMESTAMP|DATE|TIME)|current_(timestamp|date|time)" 'SQL reads the wall clock'
    'SystemClock'                              'a SystemClock made outside the program main'
)
# The one implementation of the wall clock, and the mains that each make their program's one clock.
allowedReading='^common/Clock\.cpp$'
allowedSystemClock='^(common/Clock\.(h|cpp)|desktop/app/(gui|cli)_main\.cpp|syncd/main\.cpp)$'

found=()
for ((i = 0; i < ${#readings[@]}; i += 2)); do
    pattern=${readings[i]}
    what=${readings[i + 1]}
    allowed=$allowedReading
    [[ $what == *SystemClock* ]] && allowed=$allowedSystemClock
    while IFS= read -r hit; do
        file=${hit%%:*}
        rest=${hit#*:}
        line=${rest%%:*}
        text=${rest#*:}
        [[ $file =~ $allowed ]] && continue
        # Comments and messages say what the code does; only code reads the clock (and SQL, in
        # the strings that hold it).
        code=${text%%//*}
        [[ $what == SQL* ]] || code=$(sed -E 's/"([^"\\]|\\.)*"/""/g' <<<"$code")
        grep -qE -- "$pattern" <<<"$code" || continue
        found+=("$file:$line: $what: $(sed 's/^ *//' <<<"$text")")
    done < <(grep -rnE --include='*.cpp' --include='*.h' --include='*.hpp' -- "$pattern" common desktop syncd || true)
done

if ((${#found[@]})); then
    printf '  %s\n' "${found[@]}" | sort -t: -k1,1 -k2,2n
    echo "The wall clock is read outside SystemClock (common/Clock.cpp), listed above. Take the time from" \
        "the Clock the program's main passes in instead: store.clock() on a device, SyncService::clock()" \
        "in the daemon (docs/time.md)." >&2
    exit 1
fi
echo "No wall-clock readings outside SystemClock in common, desktop and syncd."
