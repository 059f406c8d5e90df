// The core's only public surface. The CLI, the language server and the tests import from here.
export * from './model';
export * from './facts/resolver';
export * from './tokens';
export * from './estimate/estimate';
export * from './estimate/settings';
export * from './estimate/prices';
export * from './session';
export * from './report';
export * from './workspace/team-files';
export * from './workspace/files';
export * from './advice';
export * from './pricing';
export * from './diff';
export * from './facts/python';
export * from './facts/js';
export { parseVolume, vendorFromModelId, vendorFromUrl } from './facts/policy';
export { mayContainCalls } from './workspace/prefilter';
export * from './observed';
