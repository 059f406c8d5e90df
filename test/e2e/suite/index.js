// The test entry the extension host loads (@vscode/test-electron contract): runs every *.test.js here with mocha (tdd)
// and prints `N passed, N failed` for the harness.
const path = require('path');
const fs = require('fs');
const Mocha = require('mocha');

exports.run = function run() {
  const mocha = new Mocha({ ui: 'tdd', color: false, timeout: 240000 });
  for (const f of fs.readdirSync(__dirname).sort()) if (f.endsWith('.test.js')) mocha.addFile(path.join(__dirname, f));
  return new Promise((resolve, reject) => {
    let passed = 0;
    let failed = 0;
    const runner = mocha.run(() => {
      console.log(`${passed} passed, ${failed} failed`);
      if (failed) reject(new Error(`${failed} tests failed.`)); else resolve();
    });
    runner.on('pass', t => { passed++; console.log(`  ok   ${t.fullTitle()} (${t.duration} ms)`); });
    runner.on('fail', (t, err) => { failed++; console.log(`  FAIL ${t.fullTitle()} -- ${err && (err.stack || err.message)}`); });
  });
};
