// The JSON report: the contract other tools rely on (see README "JSON output").
import type { WorkspaceReport } from '../model';

export function writeJson(report: WorkspaceReport): string {
  return JSON.stringify(report, null, 2) + '\n';
}
