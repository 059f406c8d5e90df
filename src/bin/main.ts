// One Node bundle (dist/spendlens.js) holds both the command line and the language server: they share the
// core, TypeScript and tiktoken, and shipping those once keeps the VSIX small. dist/cli.js and
// dist/server.js are launchers (written by scripts/build.mjs) that call one of these through dist/launch.js (V8 code cache).
// `require` (not `import`) keeps each side's module body from running until it is chosen.

export function runCli(): void {
  require('../cli/main');
}

export function runServer(): void {
  require('../server/main');
}
