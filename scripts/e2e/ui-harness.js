// A UI test session: a fresh copy of the e2e workspace, code-server with a private profile, headless chromium on the
// workbench with Spendlens loaded from the repo (extensionDevelopmentPath). Steps are counted and reported as
// `N passed, N failed`. Reused by every UI test (scripts/e2e/ui*.js).
const path = require('path');
const fs = require('fs');
const { REPO, toolsInstalled, copyWorkspace } = require('./tools');
const { startCodeServer } = require('./code-server');

const IMAGES = path.join(REPO, 'docs/images');

/**
 * Runs `body({ page, step, workspace, log })` in a fresh workbench. `step(name, fn)` runs one check, logs it,
 * counts it, screenshots failures into `.vscode-test/<name>/` and returns whether it passed. `makeWorkspace(dest)`
 * fills the folder the workbench opens (default: a copy of test/fixtures/e2e-workspace).
 */
async function withWorkbench(name, body, { makeWorkspace = copyWorkspace } = {}) {
  if (!toolsInstalled()) throw new Error('offline VS Code tools missing: run scripts/e2e/install-tools.sh');
  if (!fs.existsSync(path.join(REPO, 'dist/extension.js'))) throw new Error('dist/ missing: run `npm run build` first');
  const { launch, workbenchUrl, waitForWorkbench } = require('./vscode-page');
  const runDir = path.join(REPO, '.vscode-test', name);
  fs.rmSync(runDir, { recursive: true, force: true });
  const workspace = path.join(runDir, 'workspace');
  makeWorkspace(workspace);
  const stateDir = path.join(runDir, 'state');
  const t0 = Date.now();
  const log = (...a) => console.log(`[${((Date.now() - t0) / 1000).toFixed(1)}s]`, ...a);
  let passed = 0;
  let failed = 0;
  const server = await startCodeServer({ folder: workspace, userDataDir: path.join(runDir, 'udd'), extensionsDir: path.join(runDir, 'exts'), stateDir });
  let browser;
  try {
    browser = await launch({ stateDir });
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    const step = async (title, fn) => {
      const s0 = Date.now();
      try {
        await fn();
        passed++;
        log(`ok   ${title} (${Date.now() - s0} ms)`);
        return true;
      } catch (e) {
        failed++;
        log(`FAIL ${title} -- ${e && e.message ? e.message.split('\n')[0] : e}`);
        const shot = path.join(runDir, `fail-${passed + failed}.png`);
        await page.screenshot({ path: shot }).catch(() => {});
        log(`     screenshot: ${path.relative(REPO, shot)}`);
        return false;
      }
    };
    await page.goto(workbenchUrl(server.url, { folder: workspace, devExt: REPO }));
    await step('the workbench opens the workspace', () => waitForWorkbench(page));
    await body({ page, step, workspace, log, images: IMAGES });
  } catch (e) {
    failed++;
    log(`FAIL ${name} aborted -- ${e && e.message ? e.message : e}`);
  } finally {
    await browser?.close().catch(() => {});
    server.stop();
  }
  console.log(`${passed} passed, ${failed} failed`);
  return { passed, failed };
}

module.exports = { withWorkbench, IMAGES };
