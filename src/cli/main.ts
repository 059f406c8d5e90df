// `spendlens` — argument parsing → core → report. No analysis logic here.
import { closeSync, existsSync, openSync, readFileSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { resolve, join, relative } from 'node:path';
import { parseArgs, UsageError, USAGE, usageOf, type ScanCommand, type CatalogCommand, type CatalogUpdateCommand, type DiffCommand, type CalibrateCommand, type CalibrateSqlCommand, type EvalConfigCommand } from './args';
import { EvalConfigError, TargetError, writeEvalConfig } from './eval-config';
import {
  Session, loadPriceBook, bundledCatalogPath, summarizeCatalog, writeTable, writeMarkdown, writeSarif, formatMoney, setDisplayCurrency, TEAM_PRICING_FILE,
  diffReports, judgeIncrease, describeThreshold, folderBudgets, budgetLine, writeBudgetsText, writeBudgetsMarkdown, type FolderBudget, writeDiffJson, writeDiffMarkdown, writeDiffTable, type PriceBook, type WorkspaceReport,
  calibrate as calibrateUsage, writeObserved, writeCalibrationSummary, UsageFileError, USAGE_FORMATS, OBSERVED_FILE, type UsageFormat,
  aggregateQuery, SQL_DIALECTS, SqlOptionError, updateCatalog, updatedCatalogPath, CatalogUpdateError, findTeamRoot, teamPrefix,
  loadTeamConfig, loadUsage, problemText, type FileProblem, type DisplayCurrency,
} from '../core';
import { dirname } from 'node:path';
import { checkoutRevision, findRepo, GitError } from './diff';
import { boundedHeap } from './heap-bound';
import { ChunkedSink, streamJson, type JsonSink } from './json-stream';
import { version } from '../../package.json';

class InputError extends Error {}

/** `root` is the folder whose `.spendlens/pricing.json` joins the catalog (see findTeamRoot). */
function loadBook(catalog: string | undefined, root: string | undefined) {
  const userPath = catalog ? resolve(catalog) : undefined;
  if (userPath && !existsSync(userPath)) throw new InputError(`catalog file not found: ${userPath}`);
  const book = loadPriceBook({ bundledPath: bundledCatalogPath(), updatedPath: updatedCatalogPath(), userPath, workspacePath: root ? join(findTeamRoot(root), TEAM_PRICING_FILE) : undefined });
  const broken = book.problems.filter(p => userPath && resolve(p.path) === userPath);
  if (broken.length) {
    throw new InputError(broken.map(p => `broken catalog ${p.path}${p.line ? `:${p.line}` : ''}${p.pointer ? ` at ${p.pointer}` : ''}: ${p.message}`).join('\n'));
  }
  return book;
}

function folderOf(dir: string): string {
  const root = resolve(dir);
  if (!existsSync(root) || !statSync(root).isDirectory()) throw new InputError(`not a folder: ${dir}`);
  return root;
}

function configOf(config: string | undefined): string | undefined {
  if (config && !existsSync(resolve(config))) throw new InputError(`config file not found: ${config}`);
  return config ? resolve(config) : undefined;
}

/**
 * Stops with exit code 2 when the team's config.json or usage.json (found at or above `root`, or `--config`) is not
 * JSON or breaks its schema: a CI run must not go on with a budget or a volume silently left out. Each problem is
 * named by file, line and column. (The editor goes on without the parts in error and shows them instead.)
 */
function checkTeamFiles(root: string, configPath: string | undefined): void {
  const teamRoot = findTeamRoot(root);
  const problems: FileProblem[] = [];
  loadTeamConfig(teamRoot, problems, configPath);
  loadUsage(teamRoot, problems);
  if (!problems.length) return;
  // Named from where the CLI runs when the file is below it, else by its absolute path.
  const where = (p: FileProblem) => { const abs = resolve(teamRoot, p.path), rel = relative(process.cwd(), abs); return rel && !rel.startsWith('..') ? rel : abs; };
  throw new InputError(problems.map(p => `${problemText({ ...p, path: where(p) })}`).join('\n'));
}

/** Scans `root` with the team files found at or above it (up to `top`, else the repository's root). */
async function analyse(root: string, book: PriceBook, configPath: string | undefined, observedPath?: string, top?: string, currency?: DisplayCurrency): Promise<{ report: WorkspaceReport; budgets: FolderBudget[] }> {
  const teamRoot = findTeamRoot(root, top);
  // One scan, then the process ends: no call facts kept for quick fixes nobody will ask for.
  const checkHeap = boundedHeap();
  const session = new Session({ root, book, configPath, keepCallFacts: false, observedPath, teamRoot, ...(currency ? { currency } : {}) });
  setDisplayCurrency(session.currency); // every figure this run prints, in the team's currency
  // Worker threads analyse batches of files beside the main thread (one per spare core; SPENDLENS_SCAN_WORKERS=0: none).
  const report = await session.scanWorkspace({ pool: {}, ...(checkHeap ? { onProgress: checkHeap } : {}) });
  return { report, budgets: folderBudgets(report, session.budgets, teamPrefix(teamRoot, root)) };
}

function emit(text: string, output: string | undefined): void {
  if (!output) { process.stdout.write(text); return; }
  try { writeFileSync(output, text); } catch (e) { throw new InputError(`cannot write --output ${output}: ${(e as Error).message}`); }
}

/** Like emit(), for a document written piece by piece (the JSON report: never one string in memory). */
function emitStreamed(write: (sink: JsonSink) => void, output: string | undefined): void {
  if (!output) {
    const sink = new ChunkedSink(chunk => { process.stdout.write(chunk); });
    write(sink);
    sink.flush();
    return;
  }
  let fd: number;
  try { fd = openSync(output, 'w'); } catch (e) { throw new InputError(`cannot write --output ${output}: ${(e as Error).message}`); }
  try {
    const sink = new ChunkedSink(chunk => { writeSync(fd, chunk); });
    write(sink);
    sink.flush();
  } catch (e) {
    throw new InputError(`cannot write --output ${output}: ${(e as Error).message}`);
  } finally {
    closeSync(fd);
  }
}

async function scan(cmd: ScanCommand): Promise<number> {
  const root = folderOf(cmd.dir);
  const configPath = configOf(cmd.config);
  checkTeamFiles(root, configPath);
  const book = loadBook(cmd.catalog, root);
  const { report, budgets } = await analyse(root, book, configPath, undefined, undefined, cmd.currency);
  let text: string | null = null;
  switch (cmd.format) {
    // The same text as writeJson(report), streamed (see json-stream.ts); `budgets` only when the team set some.
    case 'json': emitStreamed(sink => streamJson(budgets.length ? { ...report, budgets } : report, sink), cmd.output); break;
    case 'markdown': text = writeMarkdown(report) + writeBudgetsMarkdown(budgets); break;
    case 'sarif': {
      const repo = findRepo(root);
      const readText = (file: string) => { try { return readFileSync(join(root, file), 'utf8'); } catch { return null; } };
      text = writeSarif(report, { readText, costNotes: cmd.sarifResults === 'all', ...(repo ? { uriPrefix: repo.prefix, srcRoot: repo.top } : {}) });
      break;
    }
    default: text = writeTable(report) + writeBudgetsText(budgets);
  }
  if (text !== null) emit(text, cmd.output);
  let code = 0;
  if (cmd.budget !== undefined && report.totals.monthly > cmd.budget) {
    process.stderr.write(`spendlens: projected ≈${formatMoney(report.totals.monthly)}/month is over the budget of ${formatMoney(cmd.budget)}/month\n`);
    code = 1;
  }
  for (const b of budgets.filter(x => x.over)) {
    process.stderr.write(`spendlens: over the folder budget of .spendlens/config.json — ${budgetLine(b)}\n`);
    code = 1;
  }
  return code;
}

/** Analyses the folder at `--base` (from git objects, in a temporary folder) and in the working tree. */
async function diff(cmd: DiffCommand): Promise<number> {
  const root = folderOf(cmd.dir);
  const configPath = configOf(cmd.config);
  // The working tree's team files only: the base revision's are history, priced as they were.
  checkTeamFiles(root, configPath);
  // One catalog for both sides, so the delta measures the code, not a price update.
  const book = loadBook(cmd.catalog, root);
  let checkout;
  try { checkout = checkoutRevision(root, cmd.base); } catch (e) {
    if (e instanceof GitError) throw new InputError(e.message);
    throw e;
  }
  let base: WorkspaceReport;
  // Observed usage describes production, not a revision: both sides read the working tree's observed.json.
  try { base = (await analyse(checkout.dir, book, configPath, join(root, OBSERVED_FILE), checkout.top)).report; } finally { checkout.dispose(); }
  const head = (await analyse(root, book, configPath)).report;
  const result = diffReports(base, head, { baseRef: cmd.base, headRef: 'working tree' });
  const gate = cmd.failOnIncrease ? judgeIncrease(result, cmd.failOnIncrease) : undefined;
  const text = cmd.format === 'json' ? writeDiffJson(result) : cmd.format === 'markdown' ? writeDiffMarkdown(result, { gate }) : writeDiffTable(result);
  emit(text, cmd.output);
  if (gate && cmd.failOnIncrease) {
    process.stderr.write(`spendlens: ${gate.text}${gate.exceeded ? ` (--fail-on-increase ${describeThreshold(cmd.failOnIncrease)})` : ''}\n`);
    if (gate.exceeded) return 1;
  }
  return 0;
}

/** Reads the usage files, matches them to the folder's call sites and writes .spendlens/observed.json. */
async function calibrateCmd(cmd: CalibrateCommand): Promise<number> {
  if (cmd.format !== undefined && !(USAGE_FORMATS as readonly string[]).includes(cmd.format)) {
    throw new UsageError(`unknown usage format "${cmd.format}" (expected ${USAGE_FORMATS.join(', ')})`);
  }
  const root = folderOf(cmd.dir);
  const configPath = configOf(cmd.config);
  const book = loadBook(cmd.catalog, root);
  const session = new Session({ root, book, configPath, observedPath: false });
  let observed;
  try {
    observed = await calibrateUsage({ root, files: cmd.from, format: cmd.format as UsageFormat | undefined, session, book });
  } catch (e) {
    if (e instanceof UsageFileError) throw new InputError(e.message);
    throw e;
  }
  writeObserved(root, observed);
  process.stdout.write(writeCalibrationSummary(observed, OBSERVED_FILE));
  return 0;
}

/** Prints the aggregation query for the trace store (ClickHouse); its rows go back in with --from. */
function calibrateSql(cmd: CalibrateSqlCommand): number {
  const dialect = cmd.dialect === 'clickhouse' ? SQL_DIALECTS.clickhouse : undefined;
  if (!dialect) throw new UsageError(`unknown --sql dialect "${cmd.dialect}" (expected clickhouse)`);
  try {
    process.stdout.write(aggregateQuery(dialect, { days: cmd.days, table: cmd.table }));
  } catch (e) {
    if (e instanceof SqlOptionError) throw new UsageError(e.message);
    throw e;
  }
  return 0;
}

function catalog(cmd: CatalogCommand): number {
  const book = loadBook(cmd.catalog, undefined);
  const summary = summarizeCatalog(book);
  process.stdout.write(cmd.format === 'json' ? JSON.stringify(summary, null, 2) + '\n' : summary.text);
  return 0;
}

/** Downloads (or reads) LiteLLM's price map into the user's cache; a refusal keeps the previous catalog (exit 2). */
async function catalogUpdate(cmd: CatalogUpdateCommand): Promise<number> {
  let result;
  try {
    result = await updateCatalog({ url: cmd.url, fromFile: cmd.from && resolve(cmd.from), pricingDir: dirname(bundledCatalogPath()) });
  } catch (e) {
    if (e instanceof CatalogUpdateError) throw new InputError(`catalog update refused: ${e.message}\nThe previous catalog is kept.`);
    throw e;
  }
  const lines = [`Catalog updated ${result.retrieved}: ${result.models} models from ${result.source} (sha256 ${result.sha256.slice(0, 12)}…)`, `Written to ${result.path}`];
  if (result.rejected.length) {
    lines.push(`${result.rejected.length} entr${result.rejected.length === 1 ? 'y' : 'ies'} rejected (those models keep the bundled prices):`);
    for (const r of result.rejected) lines.push(`  ${r.key}: ${r.reason}`);
  }
  process.stdout.write(lines.join('\n') + '\n');
  return 0;
}

async function evalConfig(cmd: EvalConfigCommand): Promise<number> {
  const root = folderOf(cmd.dir);
  const configPath = configOf(cmd.config);
  const book = loadBook(cmd.catalog, root);
  let written;
  try {
    written = await writeEvalConfig({ root, target: cmd.target, book, configPath, output: cmd.output, model: cmd.model });
  } catch (e) {
    if (e instanceof TargetError || e instanceof EvalConfigError) throw new InputError(e.message);
    throw e;
  }
  const wrote = written.files.filter(f => !written.kept.includes(f));
  process.stdout.write(`Wrote ${wrote.join(', ')} to ${written.dir}${written.kept.length ? ` (kept your ${written.kept.join(', ')})` : ''}\nProviders: ${written.providers.join(' vs ')}\n`);
  for (const n of written.notes) process.stdout.write(`Note: ${n}\n`);
  process.stdout.write(`Fill ${written.files[2]}, then run: npx promptfoo@latest eval -c ${join(written.dir, written.files[0]!)}\n`);
  return 0;
}

async function main(argv: string[]): Promise<number> {
  try {
    const cmd = parseArgs(argv);
    switch (cmd.kind) {
      case 'help': process.stdout.write(usageOf(cmd.command) + '\n'); return 0;
      case 'version': process.stdout.write(version + '\n'); return 0;
      case 'scan': return await scan(cmd);
      case 'catalog': return catalog(cmd);
      case 'catalog-update': return await catalogUpdate(cmd);
      case 'diff': return await diff(cmd);
      case 'calibrate': return await calibrateCmd(cmd);
      case 'eval-config': return await evalConfig(cmd);
      case 'calibrate-sql': return calibrateSql(cmd);
    }
  } catch (e) {
    if (e instanceof UsageError) { process.stderr.write(`spendlens: ${e.message}\n\n${USAGE}\n`); return 2; }
    if (e instanceof InputError) { process.stderr.write(`spendlens: ${e.message}\n`); return 2; }
    throw e;
  }
}

main(process.argv.slice(2)).then(code => { process.exitCode = code; }, e => {
  process.stderr.write(`spendlens: internal error: ${(e as Error).stack ?? e}\n`);
  process.exitCode = 2;
});
