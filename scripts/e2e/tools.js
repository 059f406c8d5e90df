// Where install-tools.sh put the offline VS Code tools, and small helpers shared by the e2e scripts.
const path = require('path');
const fs = require('fs');

const REPO = path.resolve(__dirname, '../..');
const TOOLS_DIR = path.resolve(process.env.TOOLS_DIR || path.join(REPO, '.vscode-offline'));
const NODE24 = path.join(TOOLS_DIR, 'node24/node_modules/node/bin/node');
const CODE_SERVER_ENTRY = path.join(TOOLS_DIR, 'cs/lib/node_modules/code-server/out/node/entry.js');
const PW_CORE = process.env.PW_CORE || path.join(TOOLS_DIR, 'pw/node_modules/playwright-core');

function toolsInstalled() {
  return fs.existsSync(NODE24) && fs.existsSync(CODE_SERVER_ENTRY) && fs.existsSync(PW_CORE);
}

/** A fresh copy of the e2e workspace fixture: the tests edit files (quick fixes), the repo copy stays clean. */
function copyWorkspace(dest) {
  const src = path.join(REPO, 'test/fixtures/e2e-workspace');
  fs.rmSync(dest, { recursive: true, force: true });
  fs.cpSync(src, dest, { recursive: true });
  return dest;
}

module.exports = { REPO, TOOLS_DIR, NODE24, CODE_SERVER_ENTRY, PW_CORE, toolsInstalled, copyWorkspace };
