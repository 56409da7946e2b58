#!/usr/bin/env bash
# npm run demo: from a fresh clone to a running dondoc with demo data, on a machine that has
# Node 20.19+, PostgreSQL and Redis. Installs what is missing, creates and migrates the database,
# loads the demo organisation and meetings, starts the API (with the web app) and the worker.
set -euo pipefail
cd "$(dirname "$0")/.."

export DATABASE_URL=${DATABASE_URL:-postgres://postgres@127.0.0.1:5432/dondoc}
export REDIS_URL=${REDIS_URL:-redis://127.0.0.1:6379}
export PORT=${PORT:-3000}
export PUBLIC_URL=${PUBLIC_URL:-http://localhost:$PORT}
export MIGRATE_ON_START=false
LOG_DIR=.demo
mkdir -p "$LOG_DIR"

step() { printf '\n\033[1m== %s\033[0m\n' "$*"; }

step "Checking Node.js"
node -e 'const [a,b]=process.versions.node.split(".").map(Number); if (a<20 || (a===20 && b<19)) { console.error(`Node ${process.versions.node} is too old: dondoc needs Node 20.19 or newer.`); process.exit(1) }'

step "Installing dependencies (skipped when up to date)"
if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm install --no-audit --no-fund
else
  echo "node_modules is up to date."
fi

step "Checking PostgreSQL and Redis"
PGHOST_CHECK=$(node -e 'console.log(new URL(process.env.DATABASE_URL).hostname)') \
PGPORT_CHECK=$(node -e 'console.log(new URL(process.env.DATABASE_URL).port || 5432)') \
REDIS_PORT_CHECK=$(node -e 'console.log(new URL(process.env.REDIS_URL).port || 6379)') \
  bash scripts/ensure-services.sh

step "Building the API, the worker and the web app"
npx nest build api
[ -f apps/worker/src/main.ts ] && npx nest build worker
[ -f apps/web/package.json ] && npm run --silent build:web

step "Creating and migrating the database"
node scripts/create-database.js
npx tsx scripts/migrate.ts

step "Loading the demo organisation and meetings"
node dist/apps/api/apps/api/src/cli/seed-demo.js scripts/demo/data | tee "$LOG_DIR/logins.txt"

step "Starting"
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; wait 2>/dev/null || true; }
trap cleanup EXIT INT TERM
# The same memory flags as npm run start:api (package.json config.nodeFlags).
NODE_FLAGS=$(node -p 'require("./package.json").config.nodeFlags')
node $NODE_FLAGS dist/apps/api/apps/api/src/main.js >"$LOG_DIR/api.log" 2>&1 &
pids+=($!)
if [ -f dist/apps/worker/apps/worker/src/main.js ]; then
  node $NODE_FLAGS dist/apps/worker/apps/worker/src/main.js >"$LOG_DIR/worker.log" 2>&1 &
  pids+=($!)
fi
for _ in $(seq 1 60); do
  curl -fs "http://127.0.0.1:$PORT/health" >/dev/null 2>&1 && break
  if ! kill -0 "${pids[0]}" 2>/dev/null; then echo "The API stopped while starting:"; tail -20 "$LOG_DIR/api.log"; exit 1; fi
  sleep 0.5
done

cat <<MSG

dondoc is running at $PUBLIC_URL
  API docs:  $PUBLIC_URL/docs
  Logs:      $LOG_DIR/api.log, $LOG_DIR/worker.log

Demo logins (password: dondoc-demo):
  admin       admin             administrator
  leader      chutich           Chủ tịch UBND huyện
  office      vanphong          chuyên viên Văn phòng
  unit_head   tckh              Trưởng phòng Tài chính - Kế hoạch
  unit_staff  tckh.chuyenvien   chuyên viên Phòng TC-KH
  unit_head   sontay            Chủ tịch UBND xã Sơn Tây

Press Ctrl-C to stop.
MSG
wait "${pids[0]}"
