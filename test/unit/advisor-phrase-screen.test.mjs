// The advisor scans a prompt once per phrase table (anyPhrase) before it looks for the first phrase in table order:
// the screen must say "some phrase is here" exactly when one of the table's own expressions matches, or a blocker or
// an output shape would be missed. Checked on every prompt-bearing text the repository holds (the advice evaluation
// cases in 11 languages, the advisor fixtures) cut into paragraphs and lines, for every table.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { core } from '../fixtures/advisor/helpers.mjs';

const repo = join(import.meta.dirname, '../..');
function texts() {
  const out = [];
  const walk = dir => {
    for (const name of readdirSync(dir)) {
      const p = join(dir, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (/\.(ts|py|json|md)$/.test(name)) {
        const text = readFileSync(p, 'utf8');
        out.push(...text.split(/\n\s*\n/), ...text.split('\n'));
      }
    }
  };
  walk(join(repo, 'test/eval/advice/cases'));
  walk(join(repo, 'test/fixtures/advisor'));
  return [...new Set(out)].filter(t => t.trim());
}
const corpus = texts();

test('the corpus is large and holds phrases of every table', () => {
  assert.ok(corpus.length > 2000, `${corpus.length} texts`);
  for (const [name, list] of Object.entries(core.PHRASE_TABLES)) {
    assert.ok(corpus.some(t => list.some(p => p.re.test(t))), `no text holds a phrase of ${name}`);
  }
});

test('anyPhrase(table) matches exactly where some phrase of the table matches', () => {
  for (const [name, list] of Object.entries(core.PHRASE_TABLES)) {
    const screen = core.anyPhrase(list);
    for (const t of corpus) assert.equal(screen.test(t), list.some(p => p.re.test(t)), `${name} on ${JSON.stringify(t.slice(0, 120))}`);
  }
});

test('hardTasks reports, per family, the first phrase in table order (as a plain loop over the table does)', () => {
  const naive = text => {
    const seen = new Set();
    const out = [];
    for (const h of core.PHRASE_TABLES.HARD) {
      if (seen.has(h.family)) continue;
      const m = h.re.exec(text);
      if (m) { seen.add(h.family); out.push(`${h.family}|${m[0].trim()}|${h.lang}`); }
    }
    return out;
  };
  let withBlockers = 0;
  for (const t of corpus) {
    const got = core.hardTasks(t, null).map(b => `${b.family}|${b.phrase}|${b.lang}`);
    assert.deepEqual(got, naive(t), JSON.stringify(t.slice(0, 120)));
    if (got.length) withBlockers++;
  }
  assert.ok(withBlockers > 50, `${withBlockers} texts with hard-task phrases`);
});
