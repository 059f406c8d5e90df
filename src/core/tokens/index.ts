export * from './tokenizer';
export { startTokenizerThread, tokenizerThread } from './thread';
