// Pure parts of the advice evaluation on real prompts (test/eval/advice-wild): the split rule, label checks,
// argument parsing, pairing report calls with labels, and which labelled models sit above the catalog's small tier.
// The CLI in advice-wild.mjs does the I/O (mirrors, temp trees, running the scanner).
import { createHash } from 'node:crypto';
import { matchFile, lineOfOffset } from './detection-lib.mjs';
import { isDowngrade, suggestionsOf } from './advice.mjs';

export const LABELS = ['simple', 'moderate', 'complex'];
/** dev and heldout were split before the first run; fresh holds repositories added after it (labelled before any run on them). */
export const SPLITS = ['dev', 'heldout', 'fresh'];
const FIRST_SPLITS = ['dev', 'heldout'];
const SOURCE_EXT = /\.(py|ts|tsx|js|jsx|mjs|cjs)$/;
/** Catalog tiers with a smaller tier of the same vendor below them: a simple call there can be right-sized. */
export const TIERS_WITH_ROOM = ['medium', 'large', 'frontier'];

const sha256 = (s) => createHash('sha256').update(s).digest('hex');

/**
 * The split rule, fixed before any run: repositories in sha256(owner/name) order, each to the split that holds fewer
 * cases so far (ties to dev). Whole repositories stay on one side, and the two sides hold about as many cases.
 */
export function balancedRepoSplit(caseCounts) {
  const order = [...caseCounts.keys()].sort((a, b) => (sha256(a) < sha256(b) ? -1 : 1));
  const size = { dev: 0, heldout: 0 };
  const split = new Map();
  for (const repo of order) {
    const side = size.dev <= size.heldout ? 'dev' : 'heldout';
    split.set(repo, side);
    size[side] += caseCounts.get(repo);
  }
  return split;
}

/** Problems with labels.json as readable strings (empty when sound). */
export function checkLabels(data) {
  const problems = [];
  if (!Array.isArray(data?.repos) || !Array.isArray(data?.cases)) return ['labels.json must hold "repos" and "cases" arrays'];
  const repos = new Map();
  for (const r of data.repos) {
    if (repos.has(r.repo)) problems.push(`${r.repo}: listed twice`);
    repos.set(r.repo, r);
    if (!/^[\w.-]+\/[\w.-]+$/.test(r.repo ?? '')) problems.push(`${r.repo}: not owner/name`);
    if (!/^[0-9a-f]{40}$/.test(r.commit ?? '')) problems.push(`${r.repo}: commit is not a 40-hex id`);
    if (!SPLITS.includes(r.split)) problems.push(`${r.repo}: split must be ${SPLITS.join(' or ')}`);
  }
  const seen = new Set();
  const counts = new Map();
  for (const c of data.cases) {
    const key = `${c.repo}:${c.file}:${c.line}`;
    if (seen.has(key)) problems.push(`${key}: labelled twice`);
    seen.add(key);
    const repo = repos.get(c.repo);
    if (!repo) { problems.push(`${key}: repository not listed`); continue; }
    counts.set(c.repo, (counts.get(c.repo) ?? 0) + 1);
    if (c.commit !== repo.commit) problems.push(`${key}: commit differs from the repository's`);
    if (c.split !== repo.split) problems.push(`${key}: split differs from the repository's`);
    if (typeof c.file !== 'string' || c.file.startsWith('/') || c.file.split('/').includes('..') || !SOURCE_EXT.test(c.file)) problems.push(`${key}: file must be a relative .py/.ts/.js path`);
    if (!Number.isInteger(c.line) || c.line < 1) problems.push(`${key}: line must be a positive integer`);
    if (!LABELS.includes(c.label)) problems.push(`${key}: label must be one of ${LABELS.join(', ')}`);
    if (!/^[a-z]{2}$/.test(c.language ?? '')) problems.push(`${key}: language must be an ISO 639-1 code`);
    if (c.model !== null && (typeof c.model !== 'string' || !c.model)) problems.push(`${key}: model must be a string or null`);
    if (typeof c.rationale !== 'string' || !c.rationale.trim()) problems.push(`${key}: rationale missing`);
  }
  for (const r of data.repos) if (!counts.has(r.repo)) problems.push(`${r.repo}: no labelled case`);
  const firstBatch = new Map([...counts].filter(([repo]) => FIRST_SPLITS.includes(repos.get(repo).split)));
  const rule = balancedRepoSplit(firstBatch);
  for (const [repo, side] of rule) if (repos.get(repo).split !== side) problems.push(`${repo}: split ${repos.get(repo).split} does not follow the rule (${side})`);
  for (const split of SPLITS) {
    const inSplit = data.cases.filter((c) => c.split === split);
    for (const label of LABELS) if (!inSplit.some((c) => c.label === label)) problems.push(`split ${split} has no ${label} case`);
    if (!inSplit.some((c) => c.language !== 'en')) problems.push(`split ${split} has no non-English case`);
  }
  return problems;
}

const USAGE = 'usage: npm run eval:advice-wild -- --mirrors DIR [--split dev|heldout|fresh|all] [--cases] [--json] [--build] [--show-heldout]';

/** Command-line options; a bad argument throws an error whose exitCode is 2. */
export function parseArgs(argv) {
  const opts = { mirrors: null, split: 'all', cases: false, json: false, build: false, showHeldout: false };
  const fail = (msg) => Object.assign(new Error(`${msg}\n${USAGE}`), { exitCode: 2 });
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => {
      if (i + 1 >= argv.length || argv[i + 1].startsWith('--')) throw fail(`${a} needs a value`);
      return argv[++i];
    };
    if (a === '--mirrors') opts.mirrors = value();
    else if (a.startsWith('--mirrors=')) opts.mirrors = a.slice(10);
    else if (a === '--split') opts.split = value();
    else if (a.startsWith('--split=')) opts.split = a.slice(8);
    else if (a === '--cases') opts.cases = true;
    else if (a === '--json') opts.json = true;
    else if (a === '--build') opts.build = true;
    else if (a === '--show-heldout') opts.showHeldout = true;
    else throw fail(`unknown argument ${a}`);
  }
  if (!opts.mirrors) throw fail('--mirrors is required (the folder holding <owner>+<name>/repo git mirrors)');
  if (![...SPLITS, 'all'].includes(opts.split)) throw fail(`--split must be ${SPLITS.join(', ')} or all, not ${opts.split}`);
  return opts;
}

/**
 * Pair the labelled cases of one file with the report calls in that file, one to one, by the detection evaluation's
 * rule (a label pairs with a call whose span, widened by two lines, holds the label's line; closer starts win).
 * Returns one result per case, in the shape eval:advice scores.
 */
export function pairFile(casesInFile, callsInFile, text = '') {
  const found = callsInFile.map((call) => ({
    call,
    line: call.line,
    endLine: typeof call.end === 'number' && text ? Math.max(call.line, lineOfOffset(text, call.end)) : call.line,
  }));
  const { matched } = matchFile(casesInFile, found);
  const byCase = new Map(matched.map(({ label, found: f }) => [label, f.call]));
  return casesInFile.map((c) => {
    const call = byCase.get(c);
    const suggestions = call ? suggestionsOf(call) : [];
    return {
      ...c,
      found: Boolean(call),
      match: call ? (call.line === c.line ? 'exact' : `line ${call.line}`) : 'missing',
      reportModel: call?.model ?? null,
      suggestion: suggestions[0] ?? null,
      anySuggestion: suggestions.length > 0,
      downgrade: suggestions.some(isDowngrade),
    };
  });
}

/** Catalog tier of a model id or alias as written in the code (case-insensitive), or null when the catalog lacks it. */
export function catalogTier(catalog, model) {
  if (!model) return null;
  const want = model.toLowerCase();
  const entry = catalog.models.find((m) => m.id.toLowerCase() === want || (m.aliases ?? []).some((a) => a.toLowerCase() === want));
  return entry?.tier ?? null;
}
