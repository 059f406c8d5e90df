// The activity-bar view "LLM Calls": every call of the workspace under its file or its model (toggle), groups and
// calls ordered by monthly cost, unpriced calls last and marked; a click opens the call. Empty when the workspace has
// no LLM call: the view's welcome content (package.json `viewsWelcome`) then says what Spendlens looks for.
import * as vscode from 'vscode';
import * as path from 'node:path';
import type { PricedCall, WorkspaceReport } from '../protocol';
import { formatMoney, modelLabel, plural, unpricedNote } from '../shared/format';
import type { Ctx } from './ctx';
import { errorText } from './ctx';

export type Grouping = 'file' | 'model';
const GROUPING_KEY = 'spendlens.callsView.grouping';
/** Totals arrive on every re-analysis (each keystroke): fetch the reports at most this often. */
const REFRESH_DEBOUNCE_MS = 500;

export interface CallNode { kind: 'call'; call: PricedCall; root: string }
export interface GroupNode { kind: 'group'; label: string; calls: CallNode[]; monthly: number; unpriced: number }
export type Node = GroupNode | CallNode;

/** Groups the calls of every report by file or model; groups and their calls by monthly cost, unpriced last. */
export function groupCalls(reports: readonly WorkspaceReport[], grouping: Grouping): GroupNode[] {
  const groups = new Map<string, GroupNode>();
  for (const report of reports) {
    for (const call of report.calls) {
      const label = grouping === 'file' ? (reports.length > 1 ? `${path.posix.basename(report.root)}/${call.file}` : call.file) : modelLabel(call);
      let g = groups.get(label);
      if (!g) groups.set(label, (g = { kind: 'group', label, calls: [], monthly: 0, unpriced: 0 }));
      g.calls.push({ kind: 'call', call, root: report.root });
      if (call.monthlyCost === null) g.unpriced++;
      else g.monthly += call.monthlyCost;
    }
  }
  const byCost = (a: number | null, b: number | null) => (b ?? -1) - (a ?? -1);
  for (const g of groups.values()) g.calls.sort((a, b) => byCost(a.call.monthlyCost, b.call.monthlyCost) || a.call.file.localeCompare(b.call.file) || a.call.line - b.call.line);
  return [...groups.values()].sort((a, b) => b.monthly - a.monthly || a.unpriced - b.unpriced || a.label.localeCompare(b.label));
}

export class CallsView implements vscode.TreeDataProvider<Node>, vscode.Disposable {
  static readonly viewId = 'spendlens.calls';
  private readonly changed = new vscode.EventEmitter<Node | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private reports: WorkspaceReport[] = [];
  private timer: NodeJS.Timeout | undefined;
  private readonly disposables: vscode.Disposable[] = [];
  /** Resolves after the next fetch (tests wait on it). */
  loaded: Promise<void> = Promise.resolve();

  private readonly view: vscode.TreeView<Node>;

  constructor(private readonly ctx: Ctx) {
    this.view = vscode.window.createTreeView(CallsView.viewId, { treeDataProvider: this, showCollapseAll: true });
    this.disposables.push(this.changed, this.view);
    // Reports are fetched only while the view is shown (and once when it appears).
    this.disposables.push(ctx.onDidChangeTotals(() => { if (this.view.visible) this.refreshSoon(); }));
    this.disposables.push(this.view.onDidChangeVisibility(e => { if (e.visible) void this.refresh(); }));
  }

  get grouping(): Grouping {
    return this.ctx.extension.workspaceState.get<Grouping>(GROUPING_KEY) === 'model' ? 'model' : 'file';
  }

  async toggleGrouping(): Promise<Grouping> {
    const next: Grouping = this.grouping === 'file' ? 'model' : 'file';
    await this.ctx.extension.workspaceState.update(GROUPING_KEY, next);
    this.changed.fire(undefined);
    return next;
  }

  refreshSoon(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => { this.timer = undefined; void this.refresh(); }, REFRESH_DEBOUNCE_MS);
  }

  refresh(): Promise<void> {
    this.loaded = this.ctx.workspaceReports().then(reports => {
      this.reports = reports;
      this.changed.fire(undefined);
    }, e => this.ctx.output.appendLine(`calls view: ${errorText(e)}`));
    return this.loaded;
  }

  getChildren(node?: Node): Node[] {
    if (!node) return groupCalls(this.reports, this.grouping);
    return node.kind === 'group' ? node.calls : [];
  }

  getTreeItem(node: Node): vscode.TreeItem {
    if (node.kind === 'group') {
      const item = new vscode.TreeItem(node.label, vscode.TreeItemCollapsibleState.Expanded);
      const unpriced = node.unpriced ? ` + ${node.unpriced} unpriced` : '';
      item.description = `≈ ${formatMoney(node.monthly)}/mo${unpriced} · ${plural(node.calls.length, 'call')}`;
      item.tooltip = node.unpriced ? `${unpricedNote(node.unpriced)} (model unknown or not resolved)` : undefined;
      item.iconPath = new vscode.ThemeIcon(this.grouping === 'file' ? 'file-code' : 'hubot');
      item.contextValue = 'spendlens.group';
      return item;
    }
    const c = node.call;
    const label = this.grouping === 'file' ? `line ${c.line} · ${modelLabel(c)}` : `${c.file}:${c.line}`;
    const item = new vscode.TreeItem(label, vscode.TreeItemCollapsibleState.None);
    item.description = c.monthlyCost === null ? 'unpriced' : `≈ ${formatMoney(c.monthlyCost)}/mo${c.callsPerMonthSource === 'default' ? '*' : ''}`;
    item.tooltip = new vscode.MarkdownString([
      `**${c.file}:${c.line}** · \`${c.api}\``,
      `${modelLabel(c)} · ${c.costPerCall === null ? 'no price' : `≈ ${formatMoney(c.costPerCall)}/call`} · ${c.callsPerMonth.toLocaleString('en-US')} calls/month${c.callsPerMonthSource === 'default' ? ' (* default)' : ''}`,
    ].join('\n\n'));
    item.iconPath = new vscode.ThemeIcon(c.costPerCall === null ? 'warning' : 'symbol-event');
    const uri = vscode.Uri.file(path.join(node.root, ...c.file.split('/')));
    const at = new vscode.Position(c.line - 1, Math.max(0, c.column - 1));
    item.command = { title: 'Open call', command: 'vscode.open', arguments: [uri, { selection: new vscode.Range(at, at) }] };
    item.contextValue = 'spendlens.call';
    return item;
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    for (const d of this.disposables.splice(0)) d.dispose();
  }
}
