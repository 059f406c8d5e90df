export * from './tokenizer';
export { startTokenizerThread, tokenizerThread } from './thread';
export { SCRIPTS, PARENT_SCRIPT, FEATURES, scriptRuns, runFeatures, digitStats, calibratedCount, looksLikeCode, type Script, type ScriptKey, type ScriptRatios, type Weights, type Feature, type Counter } from './script';
