#!/usr/bin/env bash
# Serves dist/ with a shipped web-server configuration from deploy/ on a loopback port, and runs
# e2e/tests/deploy.test.mjs against it: the headers per entry page and asset, a journey, quick
# exit and an inline embed from a second origin. The configuration is used as shipped except
# for the root folder and the port.
#
# usage: scripts/deploy-test.sh nginx|caddy [PORT]   (PORT and PORT+1 on 127.0.0.1)
set -uo pipefail
cd "$(dirname "$0")/.."
server=${1:?nginx or caddy}; port=${2:-8770}; host_port=$((port+1))
work=$(mktemp -d); pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null; done; wait 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT
case $server in
  nginx)
    bin=$(command -v nginx || echo /usr/sbin/nginx)
    sed -e "s#root /var/www/signaal;#root $PWD/dist;#" -e "s#listen 80;#listen 127.0.0.1:$port;#" deploy/nginx.conf > "$work/signaal.conf"
    grep -q "listen 127.0.0.1:$port;" "$work/signaal.conf" && grep -q "root $PWD/dist;" "$work/signaal.conf" || { echo "deploy/nginx.conf: listen/root lines not found"; exit 1; }
    # A minimal main configuration around the shipped server file (what /etc/nginx/nginx.conf does).
    cat > "$work/nginx.conf" <<CONF
worker_processes 1;
pid $work/nginx.pid;
error_log $work/error.log;
events { worker_connections 64; }
http {
    include /etc/nginx/mime.types;
    default_type application/octet-stream;
    access_log off;
    client_body_temp_path $work/body;
    include $work/signaal.conf;
}
CONF
    "$bin" -t -q -c "$work/nginx.conf" -p "$work" || exit 1
    "$bin" -c "$work/nginx.conf" -p "$work" -g 'daemon off;' & pids+=($!)
    ;;
  caddy)
    sed -e "s#^signaal.example.org {#http://127.0.0.1:$port {#" -e "s#root \* /var/www/signaal#root * $PWD/dist#" deploy/Caddyfile > "$work/Caddyfile"
    grep -q "^http://127.0.0.1:$port {" "$work/Caddyfile" || { echo "deploy/Caddyfile: site address not found"; exit 1; }
    XDG_DATA_HOME=$work XDG_CONFIG_HOME=$work caddy validate --config "$work/Caddyfile" --adapter caddyfile >/dev/null 2>"$work/validate.log" || { cat "$work/validate.log"; exit 1; }
    XDG_DATA_HOME=$work XDG_CONFIG_HOME=$work caddy run --config "$work/Caddyfile" --adapter caddyfile >"$work/caddy.log" 2>&1 & pids+=($!)
    ;;
  *) echo "usage: $0 nginx|caddy [PORT]"; exit 2 ;;
esac
python3 e2e/host/serve.py --port "$host_port" --tool "http://127.0.0.1:$port" & pids+=($!)
for _ in $(seq 50); do curl -fs "http://127.0.0.1:$port/" >/dev/null && curl -fs "http://127.0.0.1:$host_port/" >/dev/null && break; sleep 0.1; done
curl -fs "http://127.0.0.1:$port/" >/dev/null || { echo "$server did not answer on 127.0.0.1:$port"; cat "$work"/*.log 2>/dev/null; exit 1; }
echo "[deploy] $server with deploy/ on http://127.0.0.1:$port/"
SIGNAAL_SERVER=$server APP_URL="http://127.0.0.1:$port/" HOST_URL="http://127.0.0.1:$host_port/" \
  node --test --test-concurrency=1 --test-reporter=spec e2e/tests/deploy.test.mjs
