#!/usr/bin/env node
// A stand-in "VS Code executable" for @vscode/test-electron's runTests({ vscodeExecutablePath }), for machines that
// cannot download VS Code. test-electron spawns it with: [launchArgs...] --extensionTestsPath=X
// --extensionDevelopmentPath=Y --extensions-dir=E --user-data-dir=U (+ flags we ignore). We start code-server with
// those dirs, run the tests in headless chromium (run-ext-tests.js), stop code-server, exit with the tests' code.
const path = require('path');
const { startCodeServer } = require('./code-server');
const { runExtTests } = require('./run-ext-tests');
const { TOOLS_DIR } = require('./tools');

const opts = { dev: [], positional: [] };
for (const a of process.argv.slice(2)) {
  const m = /^--([^=]+)=(.*)$/.exec(a);
  if (m && m[1] === 'extensionDevelopmentPath') opts.dev.push(m[2]);
  else if (m) opts[m[1]] = m[2];
  else if (!a.startsWith('--')) opts.positional.push(a);
}
if (!opts.extensionTestsPath || !opts.dev.length) {
  console.error('code-shim: need --extensionTestsPath and --extensionDevelopmentPath');
  process.exit(2);
}

(async () => {
  const userDataDir = path.resolve(opts['user-data-dir'] || path.join(TOOLS_DIR, 'shim-state/udd'));
  const extensionsDir = path.resolve(opts['extensions-dir'] || path.join(TOOLS_DIR, 'shim-state/exts'));
  const stateDir = path.join(path.dirname(userDataDir), 'code-server-state');
  const folder = opts.positional[0] || opts.dev[0];
  let server;
  let code = 1;
  const cleanup = () => server?.stop();
  process.on('SIGINT', () => { cleanup(); process.exit(130); });
  process.on('SIGTERM', () => { cleanup(); process.exit(143); });
  try {
    server = await startCodeServer({ folder, userDataDir, extensionsDir, stateDir });
    code = await runExtTests({ baseUrl: server.url, stateDir, devExt: opts.dev[0], testsPath: opts.extensionTestsPath, folder });
  } catch (e) {
    console.error('code-shim:', e && e.message ? e.message : e);
  } finally {
    cleanup();
  }
  process.exit(code ?? 1);
})();
