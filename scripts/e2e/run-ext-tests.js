// Runs extension tests with the @vscode/test-electron contract (extensionDevelopmentPath + extensionTestsPath =
// a module exporting run()) inside code-server's Node extension host, driven from headless chromium. The workbench
// reports the end through window.codeAutomationExit (the hook @vscode/test-web uses) and console output through
// codeAutomationLog. Exit code: 0 passed, 1 failed, 2 timed out.
const path = require('path');
const { launch, workbenchUrl, screenshot } = require('./vscode-page');

// Workbench chatter of an offline code-server that says nothing about the tests (set SPENDLENS_E2E_VERBOSE=1 to see it).
const NOISE = /ENOTFOUND open-vsx\.org|authentication provider 'github'|^\[?(Resolving|Resolved) connection token|^Creating a socket|^\[reconnection-grace-time\]|^Updating additional builtin|^\[Service Worker\]|^\[AgentHost|^\[AccountPolicyGate\]/;
const isNoise = args => !process.env.SPENDLENS_E2E_VERBOSE && NOISE.test(String((args || [])[0] ?? ''));

async function runExtTests({ baseUrl, stateDir, devExt, testsPath, folder, timeoutMs = Number(process.env.TEST_TIMEOUT_MS || 300000) }) {
  const browser = await launch({ stateDir });
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    let exitCode;
    const exited = new Promise(resolve => {
      page.exposeFunction('codeAutomationLog', (type, args) => { if (!isNoise(args)) console.log(...(args || [])); });
      page.exposeFunction('codeAutomationExit', code => { exitCode = code; resolve(); });
    });
    await page.goto(workbenchUrl(baseUrl, { folder, devExt, testsPath }));
    const timedOut = await Promise.race([exited.then(() => false), new Promise(r => setTimeout(() => r(true), timeoutMs))]);
    if (timedOut || exitCode) {
      await screenshot(page, path.join(process.env.OUT_DIR || path.join(stateDir, '..'), 'ext-tests-end.png')).catch(() => {});
    }
    if (timedOut) { console.error(`extension tests timed out after ${timeoutMs} ms`); return 2; }
    return exitCode;
  } finally {
    await browser.close();
  }
}

module.exports = { runExtTests };
