// Builds pricing/catalog.json from the LiteLLM price map (pricing/source/litellm_model_prices.json)
// and the hand-kept overlay (pricing/curated.json). Deterministic: same inputs → same bytes.
// Run: npm run catalog   (options: --check  exits 1 when the committed catalog is out of date)
// The conversion is the product's own (src/core/pricing/convert.ts, also used by `spendlens catalog update`),
// bundled on the fly so the build and the update can never disagree.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSync } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const sourcePath = 'pricing/source/litellm_model_prices.json';
const curatedPath = 'pricing/curated.json';
const measurementsPath = 'pricing/tokenizer-measurements.json';
const outPath = 'pricing/catalog.json';

const source = JSON.parse(readFileSync(join(root, sourcePath), 'utf8'));
const curated = JSON.parse(readFileSync(join(root, curatedPath), 'utf8'));
const measurements = JSON.parse(readFileSync(join(root, measurementsPath), 'utf8'));

const bundle = buildSync({ entryPoints: [join(root, 'src/core/pricing/convert.ts')], bundle: true, write: false, format: 'esm', platform: 'node' });
const { convertLitellm } = await import(`data:text/javascript;base64,${Buffer.from(bundle.outputFiles[0].text).toString('base64')}`);

const { catalog, text, skipped } = convertLitellm(source, {
  curated,
  measurements,
  measurementsPath,
  updated: curated.updated,
  sources: [
    { name: 'LiteLLM model price map', url: 'https://github.com/BerriAI/litellm/blob/main/model_prices_and_context_window.json', path: sourcePath, license: 'MIT', retrieved: '2026-07-24' },
    { name: 'Spendlens curated overlay', path: curatedPath, license: 'MIT', retrieved: curated.updated },
    { name: 'Spendlens token measurements (npm run measure:tokens)', path: measurementsPath, license: 'MIT', retrieved: measurements.measured },
  ],
});

if (process.argv.includes('--check')) {
  const current = readFileSync(join(root, outPath), 'utf8');
  if (current !== text) { console.error(`${outPath} is out of date: run npm run catalog`); process.exit(1); }
  console.log(`${outPath} is up to date`);
} else {
  writeFileSync(join(root, outPath), text);
  const perProvider = {};
  for (const m of catalog.models) perProvider[m.provider] = (perProvider[m.provider] ?? 0) + 1;
  const chat = catalog.models.filter(m => m.mode === 'chat').length;
  console.log(`${outPath}: ${catalog.models.length} models (${chat} chat), ${(text.length / 1024).toFixed(0)} KiB`);
  console.log('per provider:', JSON.stringify(perProvider));
  console.log('skipped source entries:', JSON.stringify(skipped));
}
