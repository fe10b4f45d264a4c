#!/usr/bin/env bash
# Pictures of every dashboard and main dialog of the desktop app, as each role sees the seeded demo
# community: the leader also in German, at double scale and in a dark palette.
#
#   scripts/screenshots.sh [OUT_DIR]     (default: screenshots/ in the build directory)
#
# It makes a throwaway demo community (DEMO_PEOPLE people, default 400), starts commonroom-syncd
# on a free loopback port, signs each demo account in with commonroom-cli and runs the app on an
# offscreen display with --screenshots, which saves one PNG per page into OUT_DIR/VARIANT/. The
# pictures in docs/screenshots were made with it. Nothing of the user's own data is touched.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
BUILD_DIR=${BUILD_DIR:-build}
./scripts/install-deps.sh --demo
./scripts/build.sh

bin="$root/$BUILD_DIR"
syncd="$bin/syncd/commonroom-syncd"
cli="$bin/desktop/app/commonroom-cli"
gui="$bin/desktop/app/commonroom"
out=${1:-"$bin/screenshots"}
password=harbour-lights-demo

work=$(mktemp -d)
daemon=
cleanup() {
    [ -n "$daemon" ] && kill "$daemon" 2>/dev/null && wait "$daemon" 2>/dev/null
    rm -rf "$work"
}
trap cleanup EXIT

data="$work/daemon"
printf '%s\n' "admin-password-for-the-demo" | "$syncd" init --data "$data" --admin-email root@example.org \
    --password-stdin >/dev/null
"$syncd" seed-demo --data "$data" --people "${DEMO_PEOPLE:-400}" --demo-password "$password" >/dev/null
"$syncd" serve --data "$data" --listen 127.0.0.1:0 >"$work/syncd.out" 2>"$work/syncd.log" &
daemon=$!
for _ in $(seq 100); do
    grep -q "listening on" "$work/syncd.out" 2>/dev/null && break
    kill -0 "$daemon" 2>/dev/null || { cat "$work/syncd.log" >&2; exit 1; }
    sleep 0.1
done
url=$(grep -o 'https://[^ ]*' "$work/syncd.out" | head -n1)
[ -n "$url" ] || { echo "commonroom-syncd did not report its address." >&2; exit 1; }

export QT_QPA_PLATFORM=offscreen

# shoot VARIANT ACCOUNT [ENVIRONMENT…] [-- APP OPTIONS…]
shoot() {
    local variant=$1 account=$2
    shift 2
    local environment=() options=()
    while [ $# -gt 0 ] && [ "$1" != -- ]; do environment+=("$1"); shift; done
    [ "${1:-}" = -- ] && shift
    options=("$@")
    local profile="$work/profile-$account"
    if [ ! -d "$profile" ]; then
        printf '%s\n' "$password" | "$cli" --profile "$profile" login "$url" --email "$account@example.org" \
            --password-stdin --ca "$data/tls/cert.pem" >/dev/null
    fi
    rm -rf "${out:?}/$variant"
    # (The offscreen display's remarks about window hints are noise here.)
    env "${environment[@]}" "$gui" --profile "$profile" --screenshots "$out/$variant" "${options[@]}" \
        2> >(grep -v -e propagateSizeHints -e XDG_RUNTIME_DIR >&2)
    echo "$variant: $(find "$out/$variant" -name '*.png' | wc -l) pictures in $out/$variant"
}

mkdir -p "$out"
for role in leader member applicant admin; do
    shoot "$role" "$role" LANG=en_GB.UTF-8 LANGUAGE=en
done
shoot leader-de leader LANG=de_DE.UTF-8 LANGUAGE=de
shoot leader-2x leader LANG=en_GB.UTF-8 LANGUAGE=en QT_SCALE_FACTOR=2
shoot leader-dark leader LANG=en_GB.UTF-8 LANGUAGE=en -- --dark
