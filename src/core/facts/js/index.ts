// Public surface of the JS/TS call-site extractor.
export { extractJsFacts, type JsExtractInput } from './extract';
export type { JsMemo } from './units';
export { collectJsExports } from './exports';
export { jsLanguageOf } from './language';
