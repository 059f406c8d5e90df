// Command-line parsing for `spendlens`, with node:util parseArgs (one option table per command, short flags, an
// option's value never taken from the next flag). Pure: argv in, a command description or a usage error out.
import { parseArgs as parseNodeArgs, type ParseArgsConfig } from 'node:util';
import { DEFAULT_UPDATE_URL, parseIncreaseThreshold, type DisplayCurrency, type IncreaseThreshold } from '../core';

export type Format = 'table' | 'json' | 'markdown' | 'sarif';
export const FORMATS: readonly Format[] = ['table', 'json', 'markdown', 'sarif'];
export type SarifResults = 'findings' | 'all';

export interface ScanCommand { kind: 'scan'; dir: string; format: Format; catalog?: string; config?: string; budget?: number; output?: string; sarifResults: SarifResults; currency?: DisplayCurrency }
export interface CatalogCommand { kind: 'catalog'; catalog?: string; format: 'table' | 'json' }
/** `catalog update`: download LiteLLM's price map (or read --from FILE) into the user's cache. */
export interface CatalogUpdateCommand { kind: 'catalog-update'; url?: string; from?: string }
export interface DiffCommand { kind: 'diff'; dir: string; base: string; format: Format; catalog?: string; config?: string; failOnIncrease?: IncreaseThreshold; output?: string }
export interface CalibrateCommand { kind: 'calibrate'; dir: string; from: string[]; format?: string; catalog?: string; config?: string }
export interface EvalConfigCommand { kind: 'eval-config'; target: string; dir: string; output?: string; model?: string; catalog?: string; config?: string }
/** `calibrate --sql DIALECT`: print the aggregation query to run where the spans are stored. */
export interface CalibrateSqlCommand { kind: 'calibrate-sql'; dialect: string; days?: number; table?: string }
export type Command = ScanCommand | CatalogCommand | CatalogUpdateCommand | DiffCommand | CalibrateCommand | CalibrateSqlCommand | EvalConfigCommand
  | { kind: 'help'; command?: CommandName } | { kind: 'version' };

export class UsageError extends Error {}

type Options = NonNullable<ParseArgsConfig['options']>;
const common = {
  help: { type: 'boolean', short: 'h' },
  catalog: { type: 'string' },
  config: { type: 'string', short: 'c' },
} satisfies Options;
const format = { type: 'string', short: 'f' } as const;
const output = { type: 'string', short: 'o' } as const;

/** Each command: its options, its usage lines, and what it does (shown by `spendlens <command> --help`). */
const COMMANDS = {
  scan: {
    options: { ...common, format, output, budget: { type: 'string', short: 'b' }, 'sarif-results': { type: 'string' }, currency: { type: 'string' } },
    usage: 'spendlens scan [dir] [-f|--format table|json|markdown|sarif] [--catalog PATH] [-c|--config PATH] [-b|--budget USD]\n' +
      '               [--sarif-results findings|all] [--currency CODE:PER_USD:YYYY-MM-DD] [-o|--output FILE]',
    about: `Finds the LLM calls in dir (default .) and prices them. --budget fails (exit 1) when the projected monthly total is
over USD; the per-folder budgets of .spendlens/config.json ("budgets": {"packages/api": 2000}) are checked too.
--sarif-results findings (default) writes the advisor's findings only; all adds one cost note per call.
--currency EUR:0.92:2026-11-30 shows costs in EUR at 0.92 per USD, the rate of that day (overrides config.json
"currency"; no rate is ever fetched); JSON keeps USD and adds the converted figures.`,
  },
  diff: {
    options: { ...common, format, output, base: { type: 'string' }, 'fail-on-increase': { type: 'string' }, 'min-delta': { type: 'string' } },
    usage: 'spendlens diff --base REV [dir] [-f|--format table|json|markdown] [--fail-on-increase 20%|$50] [--min-delta USD]\n' +
      '               [--catalog PATH] [-c|--config PATH] [-o|--output FILE]',
    about: `Analyses the folder at git revision REV (read from git objects; the working tree is not touched) and in the
working tree, and reports the calls added, removed and changed with their monthly cost deltas.
--fail-on-increase fails (exit 1) when the projected monthly spend rises by more than a percentage (20%, or 20) or a
dollar amount ($50); --min-delta USD adds a dollar floor to a percentage (both must be exceeded). When the base costs
nothing, new spend is judged by the dollar amount alone.`,
  },
  calibrate: {
    options: { ...common, from: { type: 'string', multiple: true }, format, sql: { type: 'string' }, days: { type: 'string' }, table: { type: 'string' } },
    usage: 'spendlens calibrate --from FILE [--from FILE…] [--format otlp|litellm|langfuse|helicone|openai-usage|aggregated] [dir]\n' +
      '  spendlens calibrate --sql clickhouse [--days N] [--table T]',
    about: `Reads usage files (OTLP JSON spans, LiteLLM SpendLogs, Langfuse observations, Helicone exports, OpenAI usage
buckets, or the aggregated rows of the ClickHouse query), matches each call to a call site and writes
dir/.spendlens/observed.json; scan, diff and the editor then use the observed volumes and token counts.
--sql prints the same aggregation as SQL for the OpenTelemetry collector's ClickHouse exporter table
(default otel_traces, last 30 days): run it in ClickHouse, save the rows as CSV or JSON, and pass them to --from.`,
  },
  catalog: {
    options: { help: common.help, catalog: common.catalog, format, url: { type: 'string' }, from: { type: 'string' } },
    usage: 'spendlens catalog [--catalog PATH] [-f|--format table|json]\n  spendlens catalog update [--url URL | --from FILE]',
    about: `Summarises the pricing catalog: its date, sources and models (the bundled one, or --catalog PATH).
catalog update downloads LiteLLM's model price map (--url, default ${DEFAULT_UPDATE_URL}) or reads a copy
(--from FILE), checks it, converts it with the bundled curated overlay and keeps it in the user's cache folder
(SPENDLENS_CACHE_DIR, else the OS cache folder) as a layer above the bundled catalog. It is the only network access
Spendlens makes. A refused download (not JSON, an HTML page, a truncated file, an HTTP error) keeps the previous catalog.`,
  },
  'eval-config': {
    options: { ...common, output, model: { type: 'string', short: 'm' } },
    usage: 'spendlens eval-config FILE:LINE [dir] [-o|--output DIR] [-m|--model MODEL] [--catalog PATH] [-c|--config PATH]',
    about: `Writes a promptfoo comparison eval for the LLM call at FILE:LINE (FILE relative to dir, default .): the
call's prompt and its current model against --model, else the advisor's suggestion, else the cheapest alternative.
Files go to --output DIR (default dir/spendlens-eval/<file>-<line>); a tests.csv already there is kept.`,
  },
} as const satisfies Record<string, { options: Options; usage: string; about: string }>;

export type CommandName = keyof typeof COMMANDS;
const isCommand = (s: string): s is CommandName => Object.hasOwn(COMMANDS, s);

const EXIT_CODES = 'Exit codes: 0 ok, 1 budget exceeded (or cost increase above --fail-on-increase), 2 bad usage or input.';

export const USAGE = `Usage:
${Object.values(COMMANDS).map(c => `  ${c.usage}`).join('\n')}
  spendlens <command> --help | spendlens --help | spendlens --version

${Object.values(COMMANDS).map(c => c.about).join('\n\n')}

${EXIT_CODES}`;

/** `spendlens <command> --help`: that command's usage and what it does. */
export function usageOf(command?: CommandName): string {
  if (!command) return USAGE;
  const c = COMMANDS[command];
  return `Usage:\n  ${c.usage}\n\n${c.about}\n\n${EXIT_CODES}`;
}

/** Runs node:util parseArgs with our messages (`unknown option --x`, `--x needs a value`). */
function parseCommand(name: CommandName, args: string[]) {
  try {
    return parseNodeArgs({ args, options: COMMANDS[name].options as Options, allowPositionals: true, strict: true });
  } catch (e) {
    const err = e as Error & { code?: string };
    const flag = /'(-[-\w]+)/.exec(err.message)?.[1] ?? '';
    if (err.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') throw new UsageError(`unknown option ${flag} (see spendlens ${name} --help)`);
    if (err.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
      const long = /--[\w-]+/.exec(err.message)?.[0] ?? flag;
      throw new UsageError(`${long} needs a value`);
    }
    throw new UsageError(err.message);
  }
}

export function parseArgs(argv: string[]): Command {
  if (argv[0] === '--version' || argv[0] === '-v') return { kind: 'version' };
  if (!argv.length || argv[0] === '--help' || argv[0] === '-h') return argv.length ? { kind: 'help' } : parseArgs(['scan']);
  if (argv[0] === 'help') {
    if (argv[1] !== undefined && !isCommand(argv[1])) throw new UsageError(`unknown command "${argv[1]}"`);
    return { kind: 'help', command: argv[1] as CommandName | undefined };
  }
  if (!isCommand(argv[0])) throw new UsageError(`unknown command "${argv[0]}" (commands: ${Object.keys(COMMANDS).join(', ')})`);
  const sub = argv[0];
  const { values, positionals } = parseCommand(sub, argv.slice(1));
  const v = values as Record<string, string | string[] | boolean | undefined>;
  if (v.help) return { kind: 'help', command: sub };
  const str = (name: string) => v[name] as string | undefined;
  const pickFormat = (allowed: readonly string[], fallback: string) => {
    const f = str('format') ?? fallback;
    if (!allowed.includes(f)) throw new UsageError(`unknown format "${f}" (expected ${allowed.join(', ')})`);
    return f;
  };
  const number = (name: string) => {
    const raw = str(name);
    if (raw === undefined) return undefined;
    const n = Number(raw.replace(/^\$/, ''));
    if (raw.trim() === '' || !Number.isFinite(n) || n < 0) throw new UsageError(`--${name} expects a non-negative number, got "${raw}"`);
    return n;
  };
  if (sub === 'eval-config') {
    if (!positionals[0]) throw new UsageError('eval-config needs FILE:LINE (the call to compare models on)');
    if (positionals.length > 2) throw new UsageError(`unexpected argument "${positionals[2]}"`);
    return { kind: 'eval-config', target: positionals[0], dir: positionals[1] ?? '.', output: str('output'), model: str('model'), catalog: str('catalog'), config: str('config') };
  }
  if (positionals.length > 1) throw new UsageError(`unexpected argument "${positionals[1]}"`);
  const dir = positionals[0] ?? '.';
  switch (sub) {
    case 'scan': {
      const sarifResults = str('sarif-results') ?? 'findings';
      if (sarifResults !== 'findings' && sarifResults !== 'all') throw new UsageError(`--sarif-results expects findings or all, got "${sarifResults}"`);
      const currency = str('currency') === undefined ? undefined : currencyArg(str('currency')!);
      return { kind: 'scan', dir, format: pickFormat(FORMATS, 'table') as Format, catalog: str('catalog'), config: str('config'), budget: number('budget'), output: str('output'), sarifResults, ...(currency ? { currency } : {}) };
    }
    case 'diff': {
      if (!str('base')) throw new UsageError('diff needs --base REV (a git revision to compare with)');
      return { kind: 'diff', dir, base: str('base')!, format: pickFormat(['table', 'json', 'markdown'], 'table') as Format, catalog: str('catalog'), config: str('config'), failOnIncrease: threshold(str('fail-on-increase'), number('min-delta')), output: str('output') };
    }
    case 'calibrate': {
      if (str('sql') !== undefined) {
        for (const f of ['from', 'format', 'catalog', 'config']) if (v[f] !== undefined) throw new UsageError(`calibrate --sql prints a query; it takes no --${f}`);
        if (positionals.length) throw new UsageError(`calibrate --sql prints a query; it takes no folder ("${positionals[0]}")`);
        const days = number('days');
        if (days !== undefined && (!Number.isInteger(days) || days < 1)) throw new UsageError(`--days expects a whole number of days, got "${str('days')}"`);
        return { kind: 'calibrate-sql', dialect: str('sql')!, days, table: str('table') };
      }
      for (const f of ['days', 'table']) if (v[f] !== undefined) throw new UsageError(`--${f} goes with calibrate --sql`);
      const from = (v.from as string[] | undefined) ?? [];
      if (!from.length) throw new UsageError('calibrate needs --from FILE (a usage export: OTLP JSON spans, LiteLLM, Langfuse, Helicone, OpenAI usage, or --sql rows)');
      return { kind: 'calibrate', dir, from, format: str('format'), catalog: str('catalog'), config: str('config') };
    }
    case 'catalog':
      if (positionals[0] === 'update') {
        for (const f of ['format', 'catalog']) if (v[f] !== undefined) throw new UsageError(`catalog update takes no --${f}`);
        if (str('url') !== undefined && str('from') !== undefined) throw new UsageError('catalog update takes --url or --from, not both');
        return { kind: 'catalog-update', url: str('url'), from: str('from') };
      }
      if (positionals.length) throw new UsageError(`unknown catalog command "${positionals[0]}" (expected update)`);
      for (const f of ['url', 'from']) if (v[f] !== undefined) throw new UsageError(`--${f} goes with catalog update`);
      return { kind: 'catalog', catalog: str('catalog'), format: pickFormat(['table', 'json'], 'table') as 'table' | 'json' };
  }
}

/** --fail-on-increase and --min-delta together: one threshold (a percentage, dollars, or both). */
function threshold(text: string | undefined, minDelta: number | undefined): IncreaseThreshold | undefined {
  if (text === undefined) return minDelta === undefined ? undefined : { usd: minDelta };
  const t = parseIncreaseThreshold(text);
  if (typeof t === 'string') throw new UsageError(`--fail-on-increase ${t}`);
  if (minDelta !== undefined) {
    if (t.usd !== undefined) throw new UsageError('--min-delta and a dollar amount in --fail-on-increase say the same thing: give one');
    t.usd = minDelta;
  }
  return t;
}

/** `--currency EUR:0.92:2026-11-30` → the display currency (code, units per USD, the rate's date). */
export function currencyArg(text: string): DisplayCurrency {
  const m = /^([A-Za-z]{3}):(\d+(?:\.\d+)?):(\d{4}-\d{2}-\d{2})$/.exec(text.trim());
  if (!m || !(Number(m[2]) > 0)) throw new UsageError(`--currency expects CODE:PER_USD:YYYY-MM-DD (e.g. EUR:0.92:2026-11-30), got "${text}"`);
  return { code: m[1]!.toUpperCase(), perUSD: Number(m[2]), asOf: m[3]!, source: '--currency' };
}
