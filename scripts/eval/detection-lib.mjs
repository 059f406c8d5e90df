// Pure parts of the detection evaluation (issue #16): label checks, matching found calls to labels, metrics.
// The CLI in detection.mjs does the I/O (mirrors, temp trees, running the scanner).
import { createHash } from 'node:crypto';

export const KINDS = ['chat', 'completion', 'embedding', 'image', 'audio', 'rerank'];
const LANGUAGE_BY_EXT = { '.py': 'python', '.ts': 'typescript', '.tsx': 'typescript', '.js': 'javascript', '.mjs': 'javascript', '.cjs': 'javascript', '.jsx': 'javascript' };
/** How close (in lines) a found call must be to a label, beyond the found call's own span. */
export const LINE_SLACK = 2;

/** 95 % Wilson score interval for k successes out of n; null when n is 0. */
export function wilson(k, n, z = 1.96) {
  if (!n) return null;
  const p = k / n;
  const z2 = z * z;
  const centre = (p + z2 / (2 * n)) / (1 + z2 / n);
  const half = (z / (1 + z2 / n)) * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
  return [Math.max(0, centre - half), Math.min(1, centre + half)];
}

export function fraction(k, n) {
  const ci = wilson(k, n);
  return { k, n, rate: n ? k / n : null, ci };
}

export function formatFraction({ k, n, rate, ci }) {
  if (!n) return `—  (0/0)`;
  const pct = (x) => `${(x * 100).toFixed(0)}`;
  return `${pct(rate)} % (${k}/${n}; 95 % CI ${pct(ci[0])}–${pct(ci[1])})`;
}

const asList = (v) => (v == null ? [] : Array.isArray(v) ? v : [v]);

/** Later labelled batches, each a split of its own (for tuning, like dev). */
export const BATCHES = ['dev2'];
/** Every split the runner knows. */
export const SPLITS = ['dev', 'heldout', ...BATCHES];

/** The deterministic split rule: sort by sha256(owner/name), even positions dev, odd held-out. */
export function splitRepos(repoNames) {
  const sorted = repoNames
    .map((repo) => ({ repo, sha256: createHash('sha256').update(repo).digest('hex') }))
    .sort((a, b) => (a.sha256 < b.sha256 ? -1 : a.sha256 > b.sha256 ? 1 : 0));
  return sorted.map((r, i) => ({ ...r, split: i % 2 === 0 ? 'dev' : 'heldout' }));
}

/** Problems with the labels and split files, as readable strings (empty when sound). */
export function checkLabels(labels, split) {
  const problems = [];
  const repos = new Map(labels.repos.map((r) => [r.repo, r]));
  if (repos.size !== labels.repos.length) problems.push('a repository is listed twice');
  for (const r of labels.repos) if (!/^[0-9a-f]{40}$/.test(r.commit)) problems.push(`${r.repo}: commit is not a 40-hex id`);
  const files = new Map();
  for (const f of labels.files) {
    const key = `${f.repo}:${f.path}`;
    if (files.has(key)) problems.push(`${key}: file listed twice`);
    files.set(key, f);
    if (!repos.has(f.repo)) problems.push(`${key}: repository not listed`);
    if (f.role !== 'calls' && f.role !== 'negative') problems.push(`${key}: role must be calls or negative`);
    if (f.set !== undefined && f.set !== 'supplement') problems.push(`${key}: set must be absent (primary) or supplement`);
  }
  const seen = new Set();
  for (const c of labels.calls) {
    const key = `${c.repo}:${c.path}:${c.line}`;
    if (seen.has(key)) problems.push(`${key}: labelled twice`);
    seen.add(key);
    const f = files.get(`${c.repo}:${c.path}`);
    if (!f) problems.push(`${key}: its file is not listed`);
    else if (f.role !== 'calls') problems.push(`${key}: call in a file marked negative`);
    else if ((f.set ?? 'primary') !== (c.set ?? 'primary')) problems.push(`${key}: call and file belong to different sets`);
    if (!Number.isInteger(c.line) || c.line < 1) problems.push(`${key}: line must be a positive integer`);
    const ext = c.path.slice(c.path.lastIndexOf('.'));
    if (LANGUAGE_BY_EXT[ext] !== c.language) problems.push(`${key}: language ${c.language} does not match ${ext}`);
    for (const k of asList(c.kind)) if (!KINDS.includes(k)) problems.push(`${key}: unknown kind ${k}`);
    if (!asList(c.kind).length) problems.push(`${key}: kind missing`);
    if (typeof c.note !== 'string' || !c.note.trim()) problems.push(`${key}: note missing`);
    if (c.model == null && !/model|runtime|run time|config|env|parameter|constructor|default/i.test(c.note)) problems.push(`${key}: model is null but the note does not say where it comes from`);
  }
  for (const g of labels.ignore) {
    const f = files.get(`${g.repo}:${g.path}`);
    if (!f || f.role !== 'calls') problems.push(`${g.repo}:${g.path}:${g.line}: ignored line outside a labelled file`);
  }
  for (const f of labels.files) {
    if (f.role === 'calls' && !labels.calls.some((c) => c.repo === f.repo && c.path === f.path) && !labels.ignore.some((g) => g.repo === f.repo && g.path === f.path)) problems.push(`${f.repo}:${f.path}: file marked calls has none`);
  }
  for (const r of labels.repos) if (r.batch !== undefined && !BATCHES.includes(r.batch)) problems.push(`${r.repo}: unknown batch ${r.batch}`);
  if (split) {
    // The first batch follows the sha256 rule; a later batch (dev2) is a split of its own, named after it.
    const expected = [
      ...splitRepos(labels.repos.filter((r) => r.batch === undefined).map((r) => r.repo)),
      ...labels.repos.filter((r) => r.batch !== undefined).map((r) => ({ repo: r.repo, split: r.batch })),
    ];
    const given = new Map(split.repos.map((r) => [r.repo, r]));
    if (given.size !== expected.length) problems.push(`split lists ${given.size} repositories, labels ${expected.length}`);
    for (const e of expected) {
      const g = given.get(e.repo);
      if (!g) problems.push(`${e.repo}: missing from the split`);
      else {
        if (g.split !== e.split) problems.push(`${e.repo}: split ${g.split} does not follow the rule (${e.split})`);
        if (g.commit !== repos.get(e.repo).commit) problems.push(`${e.repo}: split commit differs from the labels`);
      }
    }
  }
  return problems;
}

/** 1-based line of a character offset in text. */
export function lineOfOffset(text, offset) {
  let line = 1;
  const end = Math.min(offset, text.length);
  for (let i = 0; i < end; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/**
 * Match found calls of one file to its labels, one to one. A pair is possible when the label's line lies within
 * [found.line - slack, found.endLine + slack]; closer starts win. Found calls left over that touch an ignored line
 * are set aside; the rest are false positives.
 */
export function matchFile(labelsInFile, found, ignoredLines = [], slack = LINE_SLACK) {
  const pairs = [];
  labelsInFile.forEach((label, li) => {
    found.forEach((f, fi) => {
      if (label.line >= f.line - slack && label.line <= f.endLine + slack) pairs.push({ li, fi, d: Math.abs(label.line - f.line) });
    });
  });
  pairs.sort((a, b) => a.d - b.d || a.li - b.li || a.fi - b.fi);
  const usedL = new Set();
  const usedF = new Set();
  const matched = [];
  for (const p of pairs) {
    if (usedL.has(p.li) || usedF.has(p.fi)) continue;
    usedL.add(p.li);
    usedF.add(p.fi);
    matched.push({ label: labelsInFile[p.li], found: found[p.fi] });
  }
  const missed = labelsInFile.filter((_, i) => !usedL.has(i));
  const rest = found.filter((_, i) => !usedF.has(i));
  const touchesIgnored = (f) => ignoredLines.some((l) => l >= f.line - slack && l <= f.endLine + slack);
  return { matched, missed, falsePositives: rest.filter((f) => !touchesIgnored(f)), ignored: rest.filter(touchesIgnored) };
}

const VENDOR_ALIASES = {
  gemini: 'google', googlegenai: 'google', vertex: 'google', vertexai: 'google', googlevertex: 'google',
  azureopenai: 'azure', awsbedrock: 'bedrock', amazonbedrock: 'bedrock', togetherai: 'together', fireworksai: 'fireworks',
  moonshotai: 'moonshot', voyageai: 'voyage', zhipuai: 'zhipu', glm: 'zhipu', hf: 'huggingface', grok: 'xai',
  selfhosted: 'selfhosted', local: 'selfhosted', dashscope: 'alibaba', qianfan: 'baidu', hunyuan: 'tencent',
};
export function normaliseVendor(v) {
  if (v == null) return null;
  const s = String(v).toLowerCase().replace(/[^a-z0-9]/g, '');
  return VENDOR_ALIASES[s] ?? s;
}
const lastSegment = (m) => String(m).toLowerCase().split('/').pop();
export function modelMatches(labelModel, foundModel) {
  if (foundModel == null || foundModel === '') return false;
  const f = String(foundModel).toLowerCase();
  return asList(labelModel).some((m) => m.toLowerCase() === f || lastSegment(m) === lastSegment(f));
}
export function vendorMatches(labelVendor, foundVendor) {
  const f = normaliseVendor(foundVendor);
  return f != null && asList(labelVendor).some((v) => normaliseVendor(v) === f);
}

/** Aggregate counts over many file results (each from matchFile). */
export function summarise(results) {
  let matched = 0, missed = 0, fp = 0, vendorN = 0, vendorK = 0, modelN = 0, modelK = 0, claimedN = 0, claimedK = 0, kindN = 0, kindK = 0;
  for (const r of results) {
    matched += r.matched.length;
    missed += r.missed.length;
    fp += r.falsePositives.length;
    for (const { label, found } of r.matched) {
      if (label.vendor != null) { vendorN++; if (vendorMatches(label.vendor, found.vendor)) vendorK++; }
      if (label.model != null) { modelN++; if (modelMatches(label.model, found.model)) modelK++; }
      else { claimedN++; if (found.model != null && found.model !== '') claimedK++; }
      kindN++; if (asList(label.kind).includes(found.kind)) kindK++;
    }
  }
  return {
    labels: matched + missed,
    found: matched + fp,
    recall: fraction(matched, matched + missed),
    precision: fraction(matched, matched + fp),
    vendor: fraction(vendorK, vendorN),
    model: fraction(modelK, modelN),
    kind: fraction(kindK, kindN),
    modelClaimedWhereUnknown: fraction(claimedK, claimedN),
  };
}

/** The idiom of a label for grouping misses: its note up to the first ';'. */
export function idiomOf(label) {
  return label.note.split(';')[0].trim();
}
