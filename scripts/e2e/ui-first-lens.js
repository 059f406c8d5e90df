// Level 3: how long the first CodeLens takes in the real workbench (code-server + headless chromium) on a 200-file
// workspace generated at test time from the repository's fixture files (test/fixtures/{demo-app,js,python}: nearly
// every file calls a model, so this is a call-dense worst case; nothing generated is committed). The workbench opens
// the folder with no file open: the extension activates on `workspaceContains` and its server indexes the folder
// (the status bar shows the total). Then one file is opened with Quick Open and the time from its editor tab showing
// to the first priced lens being drawn is measured, and the same for a second file. The first lens's trail from the
// extension's log (client didOpen, server didOpen, lenses asked, server answer, lenses back) is printed next to it.
// The figures are printed (`first lens: … ms`), never asserted: speed is not a test (npm run bench measures it).
// Picked up by `npm run test:e2e` (scripts/e2e/run-e2e.js runs every scripts/e2e/ui-*.js).
const path = require('path');
const fs = require('fs');
const { withWorkbench } = require('./ui-harness');
const { REPO } = require('./tools');
const { openFile } = require('./vscode-page');

const FILES = 200;
const SOURCE = /\.(ts|tsx|js|mjs|py)$/;
/** Opened first and second (paths inside the generated workspace). */
const FIRST = 'demo-app/src/lib/triage.ts';
const SECOND = 'demo-app/src/workers/translate.ts';

function sourceFiles(dir, rel = '') {
  const out = [];
  for (const e of fs.readdirSync(path.join(dir, rel), { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const r = path.join(rel, e.name);
    if (e.isDirectory()) out.push(...sourceFiles(dir, r));
    else if (SOURCE.test(e.name) && !e.name.endsWith('.d.ts')) out.push(r);
  }
  return out;
}

/** `FILES` source files: the fixture trees in a fixed order, repeated under copy-N/ folders until the count is reached. */
function generateWorkspace(dest) {
  fs.rmSync(dest, { recursive: true, force: true });
  const areas = ['demo-app', 'js', 'python'].map(a => ({ area: a, root: path.join(REPO, 'test/fixtures', a) }));
  const all = areas.flatMap(({ area, root }) => sourceFiles(root).map(rel => ({ from: path.join(root, rel), to: path.join(area, rel) })));
  let n = 0;
  for (let copy = 0; n < FILES; copy++) {
    for (const f of all) {
      if (n >= FILES) break;
      const to = path.join(dest, copy ? `copy-${copy}` : '', f.to);
      fs.mkdirSync(path.dirname(to), { recursive: true });
      fs.copyFileSync(f.from, to);
      n++;
    }
  }
  return dest;
}

const countFiles = dir => sourceFiles(dir).length;

/** The extension's log file (the "Spendlens" output channel: the client's and the server's lines, timestamped). */
function logFile(runDir) {
  const logs = path.join(runDir, 'udd/logs');
  for (const session of fs.existsSync(logs) ? fs.readdirSync(logs) : []) {
    const file = path.join(logs, session, 'exthost1/spendlens.spendlens/Spendlens.log');
    if (fs.existsSync(file)) return file;
  }
  return null;
}

/**
 * The first lens's trail, each line timed from `since` (Quick Open's Enter, this process's clock; the
 * log's timestamps are the same machine's local time): the client's didOpen, the server receiving it, the editor asking
 * for lenses, the server's answer (its own timing line), the lenses back in the editor (src/client/firstLensTrace.ts).
 */
async function firstLensTrail(runDir, since) {
  for (let i = 0; i < 25; i++) {
    const file = logFile(runDir);
    const lines = file ? fs.readFileSync(file, 'utf8').split('\n').filter(l => /first-lens trace:|first CodeLens:/.test(l)) : [];
    if (lines.some(l => /lenses back/.test(l)) && lines.some(l => /first CodeLens:/.test(l))) {
      return lines.map(l => {
        const m = /^(\d{4}-\d\d-\d\d) (\d\d:\d\d:\d\d\.\d{3})/.exec(l);
        const at = m ? new Date(`${m[1]}T${m[2]}`).getTime() - since : NaN;
        const what = l.replace(/^.*?(first-lens trace: |first CodeLens:)/, (_, k) => (k.startsWith('first CodeLens') ? 'server: first CodeLens:' : ''));
        return `${Number.isNaN(at) ? '?' : `${at >= 0 ? '+' : ''}${at}`} ms  ${what}`;
      });
    }
    await new Promise(r => setTimeout(r, 200));
  }
  return ['(no first-lens trace in the log)'];
}

/**
 * Opens `rel`; returns when Quick Open's Enter was pressed, when the tab and text showed, and the ms from the tab to
 * the first lens with an amount or a warning (`ms`, the figure reported since the test exists) and from Enter (`fromEnter`).
 */
async function openToFirstLens(page, rel, timeout = 120000) {
  const { enterAt } = await openFile(page, rel);
  const shownAt = Date.now();
  await page.locator('.codelens-decoration', { hasText: /\$|⚠/ }).first().waitFor({ state: 'visible', timeout });
  const now = Date.now();
  return { enterAt, shownAt, ms: now - shownAt, fromEnter: now - enterAt };
}

withWorkbench('ui-first-lens', async ({ page, step, workspace, log }) => {
  await step(`the generated workspace holds ${FILES} source files`, async () => {
    const n = countFiles(workspace);
    if (n !== FILES) throw new Error(`${n} source files`);
  });
  await step('the extension starts with the workspace (workspaceContains) and indexes it before any file is opened', async () => {
    // Activated by `workspaceContains:**/*.{ts,…,py}`: the server starts while the window loads, so the first file
    // opened does not wait for it. The status bar shows the workspace total once something is indexed.
    const t0 = Date.now();
    await page.locator('.statusbar-item', { hasText: /\/mo/ }).first().waitFor({ state: 'visible', timeout: 60000 });
    log(`workspace total in the status bar ${Date.now() - t0} ms after the workbench opened, no file open`);
  });
  await step('opening the first file of the workspace shows its CodeLens', async () => {
    const { enterAt, shownAt, ms, fromEnter } = await openToFirstLens(page, FIRST);
    log(`first lens: ${ms} ms after opening ${FIRST} in a ${FILES}-file workspace (first file of the window); ${fromEnter} ms after Quick Open's Enter`);
    console.log(`FIRST-LENS first-file ${ms} ms (from Enter ${fromEnter} ms)`);
    log(`where it went (from Quick Open's Enter; the tab and text showed at +${shownAt - enterAt} ms, the lens at +${fromEnter} ms):`);
    for (const line of await firstLensTrail(path.dirname(workspace), enterAt)) log(`  ${line}`);
  });
  await step('a second file shows its CodeLens', async () => {
    const { ms, fromEnter } = await openToFirstLens(page, SECOND);
    log(`first lens: ${ms} ms after opening ${SECOND} (second file); ${fromEnter} ms after Quick Open's Enter`);
    console.log(`FIRST-LENS second-file ${ms} ms (from Enter ${fromEnter} ms)`);
  });
}, { makeWorkspace: generateWorkspace })
  .then(({ failed }) => { process.exitCode = failed ? 1 : 0; }, e => { console.error(e); console.log('0 passed, 1 failed'); process.exitCode = 1; });
