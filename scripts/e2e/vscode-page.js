// Helpers to drive a code-server workbench in headless Debian chromium through playwright-core.
// Exported for every UI test (the cost-panel test reuses them): launch, workbenchUrl, openFile, runCommand,
// expectNotification, waitForLens, webviewFrame, screenshot.
const path = require('path');
const fs = require('fs');
const { PW_CORE } = require('./tools');
const { chromium } = require(PW_CORE);

// code-server's remote authority as the workbench sees it: files are vscode-remote://remote/<abs path>
const remoteUri = p => `vscode-remote://remote${path.resolve(p)}`;

/** Debian chromium (never a downloaded browser); HOME under stateDir keeps ~/.config out of the real home. */
async function launch({ stateDir }) {
  const home = path.join(stateDir, 'chrome-home');
  fs.mkdirSync(home, { recursive: true });
  return chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium', headless: true,
    env: { ...process.env, HOME: home },
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
      '--disable-sync', '--no-first-run', '--disable-quic'],
  });
}

/** The workbench URL for a folder; devExt/testsPath go in the smoke-test-driver payload. */
function workbenchUrl(baseUrl, { folder, devExt, testsPath }) {
  const payload = [];
  if (devExt) payload.push(['extensionDevelopmentPath', remoteUri(devExt)]);
  if (testsPath) payload.push(['extensionTestsPath', remoteUri(testsPath)]);
  let url = `${baseUrl}?folder=${encodeURIComponent(path.resolve(folder))}`;
  if (payload.length) url += `&payload=${encodeURIComponent(JSON.stringify(payload))}`;
  return url;
}

async function waitForWorkbench(page, timeout = 60000) {
  await page.waitForSelector('.explorer-folders-view .monaco-list-row', { timeout });
}

/** Runs a command from the palette by its full title, e.g. "Spendlens: Refresh Costs". */
async function runCommand(page, title) {
  await page.keyboard.press('Escape');
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible' });
  await input.fill('>' + title);
  await page.locator('.quick-input-list .monaco-list-row', { hasText: title }).first().waitFor({ state: 'visible', timeout: 15000 });
  await page.keyboard.press('Enter');
}

/**
 * Opens a workspace file with Quick Open. Retries the whole gesture: the first Ctrl+P can land before keybindings
 * are live, and right after start the file search may not list the file yet.
 */
async function openFile(page, name, attempts = 8) {
  const base = path.basename(name);
  let enterAt = 0;
  for (let i = 1; ; i++) {
    try {
      await page.keyboard.press('Escape');
      await page.keyboard.press('Control+P');
      const input = page.locator('.quick-input-widget input');
      await input.waitFor({ state: 'visible', timeout: 5000 });
      await input.fill(name);
      await page.locator('.quick-input-list .monaco-list-row', { hasText: base }).first().waitFor({ state: 'visible', timeout: 10000 });
      enterAt = Date.now();
      await page.keyboard.press('Enter');
      await page.locator('.tab.active', { hasText: base }).waitFor({ timeout: 10000 });
      break;
    } catch (e) {
      if (i >= attempts) throw new Error(`could not open ${name} with Quick Open: ${e.message.split('\n')[0]}`);
    }
  }
  await page.waitForSelector('.editor-instance .view-lines .view-line');
  // When Quick Open's Enter was pressed (this process's clock): where a user's wait for the file starts.
  return { enterAt };
}

/** Waits for a CodeLens whose text matches `pattern` (RegExp or substring); returns its locator. */
async function waitForLens(page, pattern, timeout = 60000) {
  const lens = page.locator('.codelens-decoration', { hasText: pattern });
  await lens.first().waitFor({ state: 'visible', timeout });
  return lens;
}

async function lensTexts(page) {
  return page.$$eval('.codelens-decoration', els => els.map(e => e.textContent));
}

/** Notifications are toasts normally; with the smoke-test driver they only reach the Notification Center. */
async function expectNotification(page, text, timeout = 15000) {
  const toast = page.locator('.notification-toast', { hasText: text });
  const item = page.locator('.notifications-center .notification-list-item', { hasText: text });
  const deadline = Date.now() + timeout;
  let openedCenter = false;
  while (Date.now() < deadline) {
    if (await toast.count()) return 'toast';
    if (await item.count()) return 'notification-center';
    if (!openedCenter && Date.now() > deadline - timeout + 1500) {
      if (!(await page.locator('.notifications-center.visible').count())) await runCommand(page, 'Notifications: Show Notifications');
      openedCenter = true;
    }
    await page.waitForTimeout(250);
  }
  throw new Error(`notification "${text}" not shown within ${timeout} ms`);
}

/** The content frame of the active webview (panel or Markdown preview). */
function webviewFrame(page) {
  return page.frameLocator('iframe.webview.ready').frameLocator('#active-frame');
}

async function screenshot(page, file) {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  await page.screenshot({ path: file });
}

module.exports = {
  launch, workbenchUrl, waitForWorkbench, runCommand, openFile, waitForLens, lensTexts, expectNotification,
  webviewFrame, screenshot, remoteUri,
};
