#!/usr/bin/env bash
# Installs the real promptfoo CLI for the comparison-eval test, from the npm registry only, OUTSIDE the project's
# node_modules (promptfoo is a test tool, never part of the extension or the CLI). promptfoo needs Node >= 22.22:
# the Node 24 of the e2e tools is reused when present, else the npm `node` package is installed next to promptfoo.
# Idempotent. Usage: [PROMPTFOO_TOOLS_DIR=<repo>/.tools/promptfoo] scripts/eval/install-promptfoo.sh
# Prints the two paths the test needs as its last lines: `node=<path>` and `promptfoo=<path>`.
set -euo pipefail
REPO=$(cd "$(dirname "$0")/../.." && pwd)
DIR=${PROMPTFOO_TOOLS_DIR:-$REPO/.tools/promptfoo}
PROMPTFOO_VERSION=${PROMPTFOO_VERSION:-0.123.1}
NODE_VERSION=${NODE_VERSION:-24.21.0}
# Run from `npm test`, this script inherits the outer npm's npm_config_* variables; the installs below run as from a clean shell.
for v in $(env | grep -o '^npm_[A-Za-z0-9_]*' || true); do unset "$v"; done
mkdir -p "$DIR"

NODE_BIN=
for candidate in "$REPO/.vscode-offline/node24/node_modules/node/bin/node" "$DIR/node/node_modules/node/bin/node"; do
  if [ -x "$candidate" ] && "$candidate" -e 'const [a,b]=process.versions.node.split(".").map(Number);process.exit(a>22||(a===22&&b>=22)?0:1)'; then
    NODE_BIN=$candidate; break
  fi
done
if [ -z "$NODE_BIN" ]; then
  mkdir -p "$DIR/node"
  [ -f "$DIR/node/package.json" ] || echo '{"name":"promptfoo-node","private":true}' > "$DIR/node/package.json"
  (cd "$DIR/node" && npm i --no-audit --no-fund "node@$NODE_VERSION")
  NODE_BIN="$DIR/node/node_modules/node/bin/node"
fi

PF="$DIR/pf/node_modules/promptfoo/dist/src/entrypoint.js"
if [ ! -f "$DIR/pf/node_modules/promptfoo/package.json" ] || \
   [ "$("$NODE_BIN" -p "require('$DIR/pf/node_modules/promptfoo/package.json').version")" != "$PROMPTFOO_VERSION" ]; then
  mkdir -p "$DIR/pf"
  [ -f "$DIR/pf/package.json" ] || echo '{"name":"promptfoo-tool","private":true}' > "$DIR/pf/package.json"
  # Installed with Node 24 on the PATH, so engine checks and native addons see the Node that will run it.
  (cd "$DIR/pf" && PATH="$(dirname "$NODE_BIN"):$PATH" npm i --no-audit --no-fund --save-exact "promptfoo@$PROMPTFOO_VERSION")
fi
BIN=$("$NODE_BIN" -p "const p=require('$DIR/pf/node_modules/promptfoo/package.json');require('path').join('$DIR/pf/node_modules/promptfoo', typeof p.bin==='string'?p.bin:p.bin.promptfoo)")
echo "node=$NODE_BIN"
echo "promptfoo=$BIN"
