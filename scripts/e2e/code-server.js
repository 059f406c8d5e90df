// Starts code-server (VS Code 1.139 server + web workbench, run by Node 24) on 127.0.0.1 at a free port, with its
// profile, extensions, XDG dirs and TMPDIR private to the run; stop() ends only its own process group.
const path = require('path');
const fs = require('fs');
const net = require('net');
const os = require('os');
const http = require('http');
const { spawn, execFileSync } = require('child_process');
const { NODE24, CODE_SERVER_ENTRY } = require('./tools');

const freePort = () => new Promise((resolve, reject) => {
  const s = net.createServer();
  s.listen(0, '127.0.0.1', () => { const p = s.address().port; s.close(() => resolve(p)); });
  s.on('error', reject);
});
const healthy = port => new Promise(resolve =>
  http.get({ host: '127.0.0.1', port, path: '/healthz' }, r => { r.resume(); resolve(r.statusCode === 200); }).on('error', () => resolve(false)));

/**
 * @param {{ folder: string, userDataDir: string, extensionsDir: string, stateDir: string }} o
 * @returns {Promise<{ url: string, port: number, stateDir: string, stop: () => void }>}
 */
async function startCodeServer({ folder, userDataDir, extensionsDir, stateDir }) {
  for (const d of [path.join(userDataDir, 'User'), extensionsDir, path.join(stateDir, 'xdg')]) fs.mkdirSync(d, { recursive: true });
  const settings = path.join(userDataDir, 'User/settings.json');
  if (!fs.existsSync(settings)) fs.copyFileSync(path.join(__dirname, 'settings.json'), settings);
  // Short private TMPDIR: VS Code and chromium put unix sockets there, and paths over ~107 chars break them.
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'vsc-'));
  const port = await freePort();
  const config = path.join(stateDir, 'config.yaml');
  fs.writeFileSync(config, `bind-addr: 127.0.0.1:${port}\nauth: none\ncert: false\n`);
  const log = path.join(stateDir, 'code-server.log');
  const xdg = path.join(stateDir, 'xdg');
  const cs = spawn(NODE24, [CODE_SERVER_ENTRY, '--config', config, '--bind-addr', `127.0.0.1:${port}`, '--auth', 'none',
    '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust', '--disable-getting-started-override',
    '--user-data-dir', userDataDir, '--extensions-dir', extensionsDir,
    // Needed for the extensionDevelopmentPath/extensionTestsPath payload; it also hides notification toasts.
    '--vscode-option', 'enable-smoke-test-driver', folder], {
    detached: true, stdio: ['ignore', fs.openSync(log, 'w'), fs.openSync(log, 'a')],
    env: { ...process.env, PATH: `${path.dirname(NODE24)}:${process.env.PATH}`, TMPDIR: tmp,
      XDG_CONFIG_HOME: xdg, XDG_DATA_HOME: xdg, XDG_CACHE_HOME: xdg },
  });
  let stopped = false;
  const stop = () => {   // our own process group only (detached => pgid = cs.pid), one pid at a time
    if (stopped) return; stopped = true;
    try { process.kill(cs.pid, 'SIGTERM'); } catch { /* already gone */ }
    const deadline = Date.now() + 5000;
    let pids = [];
    do {
      try { pids = execFileSync('ps', ['-o', 'pid=', '-g', String(cs.pid)]).toString().trim().split(/\s+/).filter(Boolean); } catch { pids = []; }
      if (pids.length) execFileSync('sleep', ['0.25']);
    } while (pids.length && Date.now() < deadline);
    for (const p of pids) { try { process.kill(Number(p), 'SIGKILL'); } catch { /* gone */ } }
    fs.rmSync(tmp, { recursive: true, force: true });
  };
  const t0 = Date.now();
  while (!(await healthy(port))) {
    if (cs.exitCode !== null || Date.now() - t0 > 60000) {
      stop();
      throw new Error(`code-server did not start; log:\n${fs.readFileSync(log, 'utf8').slice(-3000)}`);
    }
    await new Promise(r => setTimeout(r, 250));
  }
  return { url: `http://127.0.0.1:${port}/`, port, stateDir, stop };
}

module.exports = { startCodeServer };
