// Command-line parsing for `spendlens`. Pure: argv in, a command description or a usage error out.
import { DEFAULT_UPDATE_URL } from '../core';

export type Format = 'table' | 'json' | 'markdown' | 'sarif';
export const FORMATS: readonly Format[] = ['table', 'json', 'markdown', 'sarif'];

export interface ScanCommand { kind: 'scan'; dir: string; format: Format; catalog?: string; config?: string; budget?: number; output?: string }
export interface CatalogCommand { kind: 'catalog'; catalog?: string; format: 'table' | 'json' }
/** `catalog update`: download LiteLLM's price map (or read --from FILE) into the user's cache. */
export interface CatalogUpdateCommand { kind: 'catalog-update'; url?: string; from?: string }
export interface DiffCommand { kind: 'diff'; dir: string; base: string; format: Format; catalog?: string; config?: string; failOnIncrease?: number; output?: string }
export interface CalibrateCommand { kind: 'calibrate'; dir: string; from: string[]; format?: string; catalog?: string; config?: string }
export interface EvalConfigCommand { kind: 'eval-config'; target: string; dir: string; output?: string; model?: string; catalog?: string; config?: string }
/** `calibrate --sql DIALECT`: print the aggregation query to run where the spans are stored. */
export interface CalibrateSqlCommand { kind: 'calibrate-sql'; dialect: string; days?: number; table?: string }
export type Command = ScanCommand | CatalogCommand | CatalogUpdateCommand | DiffCommand | CalibrateCommand | CalibrateSqlCommand | EvalConfigCommand | { kind: 'help' } | { kind: 'version' };

export class UsageError extends Error {}

export const USAGE = `Usage:
  spendlens scan [dir] [--format table|json|markdown|sarif] [--catalog PATH] [--config PATH] [--budget USD] [--output FILE]
  spendlens diff --base REV [dir] [--format table|json|markdown] [--fail-on-increase PCT] [--catalog PATH] [--config PATH] [--output FILE]
  spendlens calibrate --from FILE [--from FILE…] [--format otlp|litellm|langfuse|helicone|openai-usage|aggregated] [dir]
  spendlens calibrate --sql clickhouse [--days N] [--table T]
  spendlens catalog [--catalog PATH] [--format table|json]
  spendlens catalog update [--url URL | --from FILE]
  spendlens eval-config FILE:LINE [dir] [--output DIR] [--model MODEL] [--catalog PATH] [--config PATH]
  spendlens --help | --version

diff analyses the folder at git revision REV (read from git objects; the working tree is not touched) and in the
working tree, and reports the calls added, removed and changed with their monthly cost deltas.

calibrate reads usage files (OTLP JSON spans, LiteLLM SpendLogs, Langfuse observations, Helicone exports, OpenAI usage
buckets, or the aggregated rows of the ClickHouse query), matches each call to a call site and writes
dir/.spendlens/observed.json; scan, diff and the editor then use the observed volumes and token counts.
calibrate --sql prints the same aggregation as SQL for the OpenTelemetry collector's ClickHouse exporter table
(default otel_traces, last 30 days): run it in ClickHouse, save the rows as CSV or JSON, and pass them to --from.

eval-config writes a promptfoo comparison eval for the LLM call at FILE:LINE (FILE relative to dir, default .): the
call's prompt and its current model against --model, else the advisor's suggestion, else the cheapest alternative.
Files go to --output DIR (default dir/spendlens-eval/<file>-<line>); a tests.csv already there is kept.

catalog update downloads LiteLLM's model price map (--url, default ${DEFAULT_UPDATE_URL}) or reads a copy
(--from FILE), checks it, converts it with the bundled curated overlay and keeps it in the user's cache folder
(SPENDLENS_CACHE_DIR, else the OS cache folder) as a layer above the bundled catalog. It is the only network access
Spendlens makes. A refused download (not JSON, an HTML page, a truncated file, an HTTP error) keeps the previous catalog.

Exit codes: 0 ok, 1 budget exceeded (or cost increase above --fail-on-increase), 2 bad usage or input.`;

const VALUE_FLAGS = new Set(['--url', '--format', '--catalog', '--config', '--budget', '--output', '--base', '--fail-on-increase', '--from', '--model', '--sql', '--days', '--table']);
/** Flags that may be given more than once. */
const REPEATED_FLAGS = new Set(['--from']);

export function parseArgs(argv: string[]): Command {
  if (argv.includes('--help') || argv.includes('-h')) return { kind: 'help' };
  if (argv.includes('--version') || argv.includes('-v')) return { kind: 'version' };
  const [sub = 'scan', ...rest] = argv;
  const flags: Record<string, string> = {};
  const repeated: Record<string, string[]> = {};
  const positional: string[] = [];
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i];
    if (a.startsWith('--')) {
      const [name, inline] = a.split(/=(.*)/s, 2);
      if (!VALUE_FLAGS.has(name)) throw new UsageError(`unknown option ${name}`);
      const value = inline ?? rest[++i];
      if (value === undefined || (inline === undefined && value.startsWith('--'))) throw new UsageError(`${name} needs a value`);
      flags[name] = value;
      if (REPEATED_FLAGS.has(name)) (repeated[name] ??= []).push(value);
    } else positional.push(a);
  }
  const format = (allowed: readonly string[], fallback: string) => {
    const f = flags['--format'] ?? fallback;
    if (!allowed.includes(f)) throw new UsageError(`unknown format "${f}" (expected ${allowed.join(', ')})`);
    return f;
  };
  const number = (name: string) => {
    if (flags[name] === undefined) return undefined;
    const n = Number(flags[name].replace(/^\$/, ''));
    if (!Number.isFinite(n) || n < 0) throw new UsageError(`${name} expects a non-negative number, got "${flags[name]}"`);
    return n;
  };
  if (sub === 'eval-config') {
    if (!positional[0]) throw new UsageError('eval-config needs FILE:LINE (the call to compare models on)');
    if (positional.length > 2) throw new UsageError(`unexpected argument "${positional[2]}"`);
    return { kind: 'eval-config', target: positional[0], dir: positional[1] ?? '.', output: flags['--output'], model: flags['--model'], catalog: flags['--catalog'], config: flags['--config'] };
  }
  if (positional.length > 1) throw new UsageError(`unexpected argument "${positional[1]}"`);
  switch (sub) {
    case 'scan':
      return { kind: 'scan', dir: positional[0] ?? '.', format: format(FORMATS, 'table') as Format, catalog: flags['--catalog'], config: flags['--config'], budget: number('--budget'), output: flags['--output'] };
    case 'diff':
      if (!flags['--base']) throw new UsageError('diff needs --base REV (a git revision to compare with)');
      return { kind: 'diff', dir: positional[0] ?? '.', base: flags['--base'], format: format(['table', 'json', 'markdown'], 'table') as Format, catalog: flags['--catalog'], config: flags['--config'], failOnIncrease: number('--fail-on-increase'), output: flags['--output'] };
    case 'calibrate': {
      if (flags['--sql'] !== undefined) {
        for (const f of ['--from', '--format', '--catalog', '--config']) if (flags[f] !== undefined) throw new UsageError(`calibrate --sql prints a query; it takes no ${f}`);
        if (positional.length) throw new UsageError(`calibrate --sql prints a query; it takes no folder ("${positional[0]}")`);
        const days = number('--days');
        if (days !== undefined && (!Number.isInteger(days) || days < 1)) throw new UsageError(`--days expects a whole number of days, got "${flags['--days']}"`);
        return { kind: 'calibrate-sql', dialect: flags['--sql'], days, table: flags['--table'] };
      }
      for (const f of ['--days', '--table']) if (flags[f] !== undefined) throw new UsageError(`${f} goes with calibrate --sql`);
      const from = repeated['--from'] ?? [];
      if (!from.length) throw new UsageError('calibrate needs --from FILE (a usage export: OTLP JSON spans, LiteLLM, Langfuse, Helicone, OpenAI usage, or --sql rows)');
      return { kind: 'calibrate', dir: positional[0] ?? '.', from, format: flags['--format'], catalog: flags['--catalog'], config: flags['--config'] };
    }
    case 'catalog':
      if (positional[0] === 'update') {
        for (const f of ['--format', '--catalog', '--config', '--output']) if (flags[f] !== undefined) throw new UsageError(`catalog update takes no ${f}`);
        if (flags['--url'] !== undefined && flags['--from'] !== undefined) throw new UsageError('catalog update takes --url or --from, not both');
        return { kind: 'catalog-update', url: flags['--url'], from: flags['--from'] };
      }
      if (positional[0] !== undefined) throw new UsageError(`unknown catalog command "${positional[0]}" (expected update)`);
      if (flags['--url'] !== undefined) throw new UsageError('--url goes with catalog update');
      return { kind: 'catalog', catalog: flags['--catalog'], format: format(['table', 'json'], 'table') as 'table' | 'json' };
    default:
      throw new UsageError(`unknown command "${sub}"`);
  }
}
