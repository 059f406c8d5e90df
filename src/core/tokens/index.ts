export * from './tokenizer';
export { startTokenizerThread, tokenizerThread } from './thread';
export { SCRIPTS, scriptRuns, digitStats, calibratedCount, looksLikeCode, type Script, type ScriptRatios } from './script';
