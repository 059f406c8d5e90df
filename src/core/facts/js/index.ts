// Public surface of the JS/TS call-site extractor.
export { extractJsFacts, type JsExtractInput } from './extract';
export { collectJsExports } from './exports';
export { jsLanguageOf } from './language';
