// The CLI tests live in test/cli/ (they run dist/cli.js as a process). This re-export keeps a test that still imports
// the helpers from here working; put new CLI tests in test/cli/.
export * from '../cli/cli-helpers.mjs';
