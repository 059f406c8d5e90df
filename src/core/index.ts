// The core's only public surface. The CLI, the language server and the tests import from here.
export * from './model';
export * from './facts/resolver';
