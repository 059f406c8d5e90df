#!/usr/bin/env bash
# Installs chDB (ClickHouse as a library; its npm package ships the ClickHouse engine as @chdb/lib-*) for the test that
# runs `spendlens calibrate --sql clickhouse` on a real ClickHouse, from the npm registry only, OUTSIDE the project's
# node_modules (~540 MB; a test tool, never part of the extension or the CLI). Idempotent.
# Usage: [CHDB_TOOLS_DIR=<repo>/.tools/chdb] scripts/sql/install-chdb.sh   — prints `chdb=<package folder>` last.
set -euo pipefail
REPO=$(cd "$(dirname "$0")/../.." && pwd)
DIR=${CHDB_TOOLS_DIR:-$REPO/.tools/chdb}
CHDB_VERSION=${CHDB_VERSION:-3.4.0}
# Run from `npm test`, this script inherits the outer npm's npm_config_* variables; the install runs as from a clean shell.
for v in $(env | grep -o '^npm_[A-Za-z0-9_]*' || true); do unset "$v"; done
mkdir -p "$DIR"
PKG="$DIR/node_modules/chdb"
if [ ! -f "$PKG/package.json" ] || [ "$(node -p "require('$PKG/package.json').version")" != "$CHDB_VERSION" ]; then
  [ -f "$DIR/package.json" ] || echo '{"name":"spendlens-chdb-tool","private":true}' > "$DIR/package.json"
  (cd "$DIR" && npm install --no-audit --no-fund --save-exact "chdb@$CHDB_VERSION" >&2)
fi
echo "chdb=$PKG"
