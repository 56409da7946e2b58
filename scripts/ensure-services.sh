#!/usr/bin/env bash
# Makes sure PostgreSQL and Redis answer on 127.0.0.1; starts the machine's own services if they do not.
# Prints one clear line and exits 1 when one cannot be reached.
set -uo pipefail
PGHOST_CHECK=${PGHOST_CHECK:-127.0.0.1}
PGPORT_CHECK=${PGPORT_CHECK:-5432}
REDIS_PORT_CHECK=${REDIS_PORT_CHECK:-6379}

pg_up() { pg_isready -q -h "$PGHOST_CHECK" -p "$PGPORT_CHECK" 2>/dev/null || (exec 3<>"/dev/tcp/$PGHOST_CHECK/$PGPORT_CHECK") 2>/dev/null; }
redis_up() { [ "$(redis-cli -h 127.0.0.1 -p "$REDIS_PORT_CHECK" ping 2>/dev/null)" = "PONG" ]; }

if ! pg_up && command -v pg_ctlcluster >/dev/null 2>&1; then
  pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | head -1)" main start >/dev/null 2>&1 || true
  for _ in $(seq 1 20); do pg_up && break; sleep 0.5; done
fi
if ! redis_up && command -v redis-server >/dev/null 2>&1; then
  mkdir -p /var/lib/redis /var/log/redis 2>/dev/null || true
  redis-server --daemonize yes --bind 127.0.0.1 -::1 --port "$REDIS_PORT_CHECK" --save "" --appendonly no \
    --maxmemory-policy noeviction --dir /var/lib/redis --logfile /var/log/redis/ci.log >/dev/null 2>&1 || true
  for _ in $(seq 1 20); do redis_up && break; sleep 0.5; done
fi

ok=0
pg_up || { echo "PostgreSQL is not reachable at $PGHOST_CHECK:$PGPORT_CHECK: start it (e.g. 'docker compose up -d postgres' or your system's service) and try again."; ok=1; }
redis_up || { echo "Redis is not reachable at 127.0.0.1:$REDIS_PORT_CHECK: start it (e.g. 'docker compose up -d redis' or 'redis-server --daemonize yes') and try again."; ok=1; }
[ $ok -eq 0 ] && echo "PostgreSQL and Redis are up."
exit $ok
