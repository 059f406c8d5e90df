// Observed spend: usage files → records → matched call sites → per-site statistics (`.spendlens/observed.json`).
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { OBSERVED_FILE, type ObservedFile } from './file';

export { calibrate, readAll, type CalibrateOptions } from './calibrate';
export { readUsageFile, formatOfItem, UsageFileError, AGGREGATED_COLUMNS } from './read';
export { dedupe } from './dedupe';
export { RecordInterner } from './compact';
export { SiteIndex, modelStem, MATCH_TIERS, type MatchTier, type Site } from './match';
export { OBSERVED_FILE, DAYS_PER_MONTH, loadObserved, ObservedIndex, type ObservedFile, type ObservedSite, type UnmatchedGroup } from './file';
export { USAGE_FORMATS, type UsageFormat, type UsageRecord } from './record';
export { writeCalibrationSummary } from './summary';
export { observedModelOf, trafficDisagrees, type ObservedModel } from './model';

/** Writes observed.json atomically (a reader never sees half a file); returns its path. */
export function writeObserved(root: string, observed: ObservedFile): string {
  const path = join(root, OBSERVED_FILE);
  mkdirSync(dirname(path), { recursive: true });
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, JSON.stringify(observed, null, 2) + '\n');
  renameSync(tmp, path);
  return path;
}
export { aggregateQuery, SQL_DIALECTS, SqlOptionError, type AggregateQueryOptions } from './sql';
