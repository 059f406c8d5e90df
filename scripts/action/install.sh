#!/usr/bin/env bash
# The action's install step (action.yml): builds Spendlens from the action's own checkout ($GITHUB_ACTION_PATH) with
# `npm pack` (its `prepack` builds the bundles), installs the tarball into a folder of the runner and puts its `bin`
# on the PATH of the later steps. Spendlens is not taken from the npm registry: the name there is not ours.
set -euo pipefail
src="${GITHUB_ACTION_PATH:?}"
dest="${RUNNER_TEMP:?}/spendlens-cli"
cd "$src"
# The build tools (esbuild, TypeScript…) come from the lock file; a checkout that already has them skips this.
if [ ! -d node_modules ]; then npm ci --no-audit --no-fund; fi
mkdir -p "$dest"
tarball="$(npm pack --silent --pack-destination "$dest" | tail -n 1)"
# The package has no dependencies, so this needs no registry.
npm install --prefix "$dest" --offline --no-audit --no-fund --no-save "$dest/$tarball" > /dev/null
echo "$dest/node_modules/.bin" >> "${GITHUB_PATH:?}"
"$dest/node_modules/.bin/spendlens" --version
