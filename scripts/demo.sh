#!/usr/bin/env bash
# Builds Commonroom, starts commonroom-syncd on loopback with a seeded demo community and opens
# the desktop app signed in as the demo leader. Ctrl-C (or closing the window) stops everything.
#
#   DEMO_PEOPLE=N   size of the demo community (default 400)
#   DEMO_PORT=P     port to listen on (default 8443, another free one if taken)
#   DEMO_RESET=1    start again from an empty community
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
demo="$root/.demo"
data="$demo/daemon"
profile="$demo/leader-profile"
password=harbour-lights-demo

if [ "${DEMO_RESET:-0}" = 1 ]; then
    rm -rf "$demo"
fi
mkdir -p "$demo"
if [ ! -f "$data/commonroom.db" ]; then
    echo "Creating a demo community in $data …"
    printf '%s\n' "admin-password-for-the-demo" | "$syncd" init --data "$data" --admin-email root@example.org --password-stdin
    "$syncd" seed-demo --data "$data" --people "${DEMO_PEOPLE:-400}" --demo-password "$password"
fi

port=${DEMO_PORT:-8443}
if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
    echo "Port $port is taken; using a free one."
    port=0
fi
log="$demo/syncd.log"
"$syncd" serve --data "$data" --listen "127.0.0.1:$port" >"$demo/syncd.out" 2>"$log" &
daemon=$!
cleanup() {
    kill "$daemon" 2>/dev/null && wait "$daemon" 2>/dev/null
    echo "Demo stopped. Its data stays in $demo (DEMO_RESET=1 starts afresh)."
}
trap cleanup EXIT
trap 'exit 130' INT TERM

for _ in $(seq 100); do
    grep -q "listening on" "$demo/syncd.out" 2>/dev/null && break
    kill -0 "$daemon" 2>/dev/null || { cat "$log" >&2; echo "commonroom-syncd failed to start." >&2; exit 1; }
    sleep 0.1
done
url=$(grep -o 'https://[^ ]*' "$demo/syncd.out" | head -n1)
[ -n "$url" ] || { echo "commonroom-syncd did not report its address." >&2; exit 1; }
cat "$demo/syncd.out"

if ! printf '%s\n' "$password" | "$cli" --profile "$profile" login "$url" --email leader@example.org \
        --password-stdin --ca "$data/tls/cert.pem" >/dev/null; then
    # A profile from an earlier demo may point at another port: start it afresh.
    rm -rf "$profile"
    printf '%s\n' "$password" | "$cli" --profile "$profile" login "$url" --email leader@example.org \
        --password-stdin --ca "$data/tls/cert.pem" >/dev/null
fi
# The server address may have changed since the profile was made (another port).
"$cli" --profile "$profile" sync || true

cat <<EOT

Commonroom demo is running.
  daemon:   $url  (log: $log)
  accounts: leader@example.org, member@example.org, applicant@example.org, admin@example.org
            password: $password
  CLI:      $cli --profile $profile people list
Close the window or press Ctrl-C here to stop the demo.
EOT

if [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
    echo "No display found: the daemon keeps running for the CLI until you press Ctrl-C."
    wait "$daemon"
else
    "$gui" --profile "$profile"
fi
