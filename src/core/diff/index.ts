// Cost diff between two workspace reports: matching, deltas, writers.
export * from './match';
export * from './compare';
export * from './write';
export * from './gate';
