// `npm run test:e2e`: installs the offline VS Code tools (idempotent), builds, then runs level 1 (manifest checks), level 2 (extension-host
// tests through @vscode/test-electron) and level 3 (UI tests in the workbench), and prints ONE aggregate line
// `N passed, N failed`. Exit code non-zero when anything failed. SKIP_INSTALL=1 / SKIP_BUILD=1 skip those steps.
const path = require('path');
const fs = require('fs');
const { spawn } = require('child_process');
const { REPO } = require('./tools');

function run(title, cmd, args) {
  console.log(`\n== ${title}`);
  return new Promise(resolve => {
    const child = spawn(cmd, args, { cwd: REPO, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    const tee = (stream, sink) => stream.on('data', d => { out += d; sink.write(d); });
    tee(child.stdout, process.stdout);
    tee(child.stderr, process.stderr);
    child.on('close', code => resolve({ code, out }));
  });
}

/** The last `N passed, N failed` a level printed; a level that printed none but failed counts as one failure. */
function counts({ code, out }) {
  const tap = /^# pass (\d+)$/m.exec(out);           // node --test's summary
  if (tap) return { passed: Number(tap[1]), failed: Number((/^# fail (\d+)$/m.exec(out) || [0, code ? 1 : 0])[1]) };
  const all = [...out.matchAll(/^\s*(\d+) passed, (\d+) failed\s*$/gm)];
  if (!all.length) return { passed: 0, failed: code === 0 ? 0 : 1 };
  const last = all[all.length - 1];
  return { passed: Number(last[1]), failed: Number(last[2]) || (code === 0 ? 0 : 1) };
}

(async () => {
  const t0 = Date.now();
  if (!process.env.SKIP_INSTALL) {
    const r = await run('tools (scripts/e2e/install-tools.sh)', 'bash', [path.join(__dirname, 'install-tools.sh')]);
    if (r.code !== 0) { console.log('0 passed, 1 failed'); process.exit(1); }
  }
  if (!process.env.SKIP_BUILD) {
    const r = await run('build', process.execPath, [path.join(REPO, 'scripts/build.mjs')]);
    if (r.code !== 0) { console.log('0 passed, 1 failed'); process.exit(1); }
  }
  const levels = [
    ['level 1: manifest and client formatting (no editor)', ['--test', path.join(REPO, 'test/e2e/manifest.test.mjs')]],
    ['level 2: extension-host tests', [path.join(REPO, 'test/e2e/runTest.js')]],
    ['level 3: UI tests', [path.join(__dirname, 'ui.js')]],
    // More UI tests (e.g. the cost panel's) are picked up by name: scripts/e2e/ui-<topic>.js (ui-harness.js is the helper).
    ...fs.readdirSync(__dirname).filter(f => /^ui-.+\.js$/.test(f) && f !== 'ui-harness.js').sort()
      .map(f => [`level 3: UI tests (${f})`, [path.join(__dirname, f)]]),
  ];
  let passed = 0;
  let failed = 0;
  for (const [title, args] of levels) {
    const c = counts(await run(title, process.execPath, args));
    console.log(`-- ${title}: ${c.passed} passed, ${c.failed} failed`);
    passed += c.passed;
    failed += c.failed;
  }
  console.log(`\ne2e finished in ${Math.round((Date.now() - t0) / 1000)} s`);
  console.log(`${passed} passed, ${failed} failed`);
  process.exit(failed ? 1 : 0);
})();
