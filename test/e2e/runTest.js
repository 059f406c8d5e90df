// Level 2: the extension's integration tests inside a real VS Code extension host, through @vscode/test-electron.
// Offline (the default here): vscodeExecutablePath = scripts/e2e/code-shim.js, which runs code-server 1.139 +
// headless chromium (install them with scripts/e2e/install-tools.sh). VSCODE_EXECUTABLE=<path> uses that VS Code;
// SPENDLENS_E2E_DOWNLOAD=1 lets test-electron download a desktop VS Code as usual (machines with internet).
// Prints `N passed, N failed` (from the suite) and exits non-zero when a test failed.
const path = require('path');
const fs = require('fs');
const { runTests } = require('@vscode/test-electron');
const { REPO, toolsInstalled, copyWorkspace } = require('../../scripts/e2e/tools');

function executable() {
  if (process.env.VSCODE_EXECUTABLE) return process.env.VSCODE_EXECUTABLE;
  if (process.env.SPENDLENS_E2E_DOWNLOAD === '1') return undefined;
  if (!toolsInstalled()) throw new Error('offline VS Code tools missing: run scripts/e2e/install-tools.sh (or set SPENDLENS_E2E_DOWNLOAD=1)');
  return path.join(REPO, 'scripts/e2e/code-shim.js');
}

(async () => {
  if (!fs.existsSync(path.join(REPO, 'dist/extension.js'))) { console.error('dist/extension.js missing: run `npm run build` first'); process.exit(1); }
  const runDir = path.join(REPO, '.vscode-test/ext-run');
  fs.rmSync(runDir, { recursive: true, force: true });   // a clean profile each run: the toggle test writes user settings
  const workspace = copyWorkspace(path.join(runDir, 'workspace'));
  // "Update Pricing Catalog" writes into the user's cache folder: keep it inside this run (the server inherits the env).
  process.env.SPENDLENS_CACHE_DIR = path.join(runDir, 'cache');
  try {
    await runTests({
      vscodeExecutablePath: executable(),
      extensionDevelopmentPath: REPO,
      extensionTestsPath: path.join(__dirname, 'suite/index.js'),
      launchArgs: [workspace, `--user-data-dir=${path.join(runDir, 'udd')}`, `--extensions-dir=${path.join(runDir, 'exts')}`],
      extensionTestsEnv: { SPENDLENS_E2E_WORKSPACE: workspace },
    });
  } catch (err) {
    console.error('extension tests failed:', err.message);
    process.exit(1);
  }
})();
