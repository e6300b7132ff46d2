#!/usr/bin/env bash
# Makes sure the local PostgreSQL server the PostgreSQL suite uses (127.0.0.1:5432) is accepting connections:
# starts the Debian cluster when it is down, then waits (bounded) until it is ready.
set -euo pipefail

host=127.0.0.1
port=5432
wait_seconds=${POSTGRES_WAIT_SECONDS:-30}

ready() { pg_isready -q -h "$host" -p "$port"; }

if ! command -v pg_isready >/dev/null 2>&1; then
  echo "postgres-up: pg_isready not found; install PostgreSQL (apt-get install -y postgresql)" >&2
  exit 1
fi

if ready; then
  echo "postgres-up: PostgreSQL is accepting connections on $host:$port"
  exit 0
fi

shopt -s nullglob
versions=(/etc/postgresql/*)
shopt -u nullglob
if [ "${#versions[@]}" -eq 0 ]; then
  echo "postgres-up: PostgreSQL is down on $host:$port and no cluster exists under /etc/postgresql" >&2
  exit 1
fi
version=$(basename "${versions[-1]}")

echo "postgres-up: starting cluster $version/main"
if ! pg_ctlcluster --skip-systemctl-redirect "$version" main start; then
  echo "postgres-up: pg_ctlcluster could not start cluster $version/main (see /var/log/postgresql/)" >&2
  exit 1
fi

for _ in $(seq "$wait_seconds"); do
  if ready; then
    echo "postgres-up: PostgreSQL is accepting connections on $host:$port"
    exit 0
  fi
  sleep 1
done

echo "postgres-up: PostgreSQL did not accept connections on $host:$port within ${wait_seconds}s" >&2
exit 1
