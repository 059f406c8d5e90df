// Per-folder monthly budgets (`budgets` in .spendlens/config.json: { "packages/api": 2000 }): each folder's projected
// spend, the calls under it, and whether it is over. Folders are relative to the folder that holds .spendlens/ (with
// forward slashes; "." is everything); the report's files are relative to the scanned folder, `prefix` joins the two.
import type { WorkspaceReport } from '../model';
import { formatMoney, moneySign } from '../../shared/format';

export interface FolderBudget {
  folder: string;
  /** USD per month. */
  budget: number;
  /** Projected USD per month of the priced calls under the folder. */
  monthly: number;
  calls: number;
  /** Calls under the folder with no price (not in `monthly`). */
  unpriced: number;
  over: boolean;
}

const normalize = (folder: string) => folder.replace(/\\/g, '/').replace(/^\.\/+/, '').replace(/\/+$/, '').replace(/^\.$/, '');

/** The budgets of the folders at or inside the scanned one (`prefix`: where it sits under the team's folder). */
export function folderBudgets(report: WorkspaceReport, budgets: Record<string, number>, prefix = ''): FolderBudget[] {
  const pre = normalize(prefix);
  // A folder that contains the scanned one is only partly scanned: its budget cannot be judged from here.
  const inScope = (f: string) => !pre || f === pre || f.startsWith(`${pre}/`);
  return Object.entries(budgets).filter(([folder]) => inScope(normalize(folder))).map(([folder, budget]) => {
    const f = normalize(folder);
    let monthly = 0, calls = 0, unpriced = 0;
    for (const c of report.calls) {
      const path = pre ? `${pre}/${c.file}` : c.file;
      if (f && path !== f && !path.startsWith(`${f}/`)) continue;
      calls++;
      if (c.monthlyCost === null) unpriced++;
      else monthly += c.monthlyCost;
    }
    return { folder: f || '.', budget, monthly, calls, unpriced, over: monthly > budget };
  });
}

export function budgetLine(b: FolderBudget): string {
  const unpriced = b.unpriced ? ` (+ ${b.unpriced} unpriced)` : '';
  return `${b.folder}: ≈${formatMoney(b.monthly)}/month${unpriced} of ${formatMoney(b.budget)}/month over ${b.calls} call site(s) — ${b.over ? 'OVER BUDGET' : 'within budget'}`;
}

export function writeBudgetsText(budgets: FolderBudget[]): string {
  if (!budgets.length) return '';
  return `\nBudgets (.spendlens/config.json):\n${budgets.map(b => `  ${budgetLine(b)}`).join('\n')}\n`;
}

export function writeBudgetsMarkdown(budgets: FolderBudget[]): string {
  if (!budgets.length) return '';
  const rows = budgets.map(b => `| \`${b.folder}\` | ≈${formatMoney(b.monthly)}${b.unpriced ? ` (+ ${b.unpriced} unpriced)` : ''} | ${formatMoney(b.budget)} | ${b.over ? '❌ over' : '✅ within'} |`);
  return ['', '#### Budgets', '', `| Folder | ${moneySign()}/month | Budget | |`, '| --- | ---: | ---: | --- |', ...rows, ''].join('\n');
}
