// The advisor's phrase screens first look for literals every match of a phrase must contain (one pass over the
// prompt for every table), and run a table's joined expression only when one is there. The pass may say "maybe"
// wrongly, never "no" wrongly: a missed phrase would lose a blocker or an output shape. Checked here: the literals
// read from expression sources, the case folding they are compared under (against the `iu` flags, code point by
// code point), and the screens against the tables' own expressions on the matches of every phrase in the
// repository's prompts, changed the ways the pass could get wrong (case, neighbours, case-fold variants).
// Also: the language detection's memory of samples (the same verdict, never a shared object).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { core } from '../fixtures/advisor/helpers.mjs';

const repo = join(import.meta.dirname, '../..');
const texts = (() => {
  const out = [];
  const walk = dir => {
    for (const name of readdirSync(dir)) {
      const p = join(dir, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (/\.(ts|js|py|json|md)$/.test(name)) out.push(...readFileSync(p, 'utf8').split(/\n\s*\n/));
    }
  };
  for (const d of ['test/eval/advice/cases', 'test/fixtures/advisor', 'test/fixtures/js', 'test/fixtures/python']) walk(join(repo, d));
  return [...new Set(out)];
})();
const lits = (source) => core.phraseLiterals(source)?.map(l => `${l.start ? '^' : ''}${l.text}${l.end ? '$' : ''}`) ?? null;

test('literals read from expression sources: spelled-out products, anchors, no literal where none is certain', () => {
  assert.deepEqual(lits('bugs? in (?:the|this) code'), [' in the', ' in this'], 'spelled out until six characters long');
  assert.deepEqual(lits('(?:major|minor) premise'), ['^major premise$', '^minor premise$']);
  assert.deepEqual(lits('(?:2|二|3|三)倍'), ['^2倍$', '^二倍$', '^3倍$', '^三倍$']);
  assert.deepEqual(lits('quiz(?:zes)?'), ['^quiz']);
  assert.deepEqual(lits('tl;?dr'), ['^tl']);
  assert.deepEqual(lits('(?<!nicht )übersetz\\p{L}*'), ['^übersetz'], 'a lookbehind matches no text');
  assert.deepEqual(lits('a\\bc'), ['^ac$'], 'zero-width items keep their neighbours adjacent');
  assert.deepEqual(lits('(?:ab){2}c'), ['^ababc$']);
  assert.deepEqual(lits('STRAẞE'), ['^straße$'], 'folded as the i+u flags compare');
  assert.deepEqual(lits('x+y'), ['^x']);
  assert.equal(lits('\\d+'), null);
  assert.equal(lits('a|\\d'), null, 'one alternative without a literal: no literal is certain');
  assert.deepEqual(lits('(?:a|)b'), ['^ab$', '^b$']);
  assert.equal(lits('(a)\\1'), null, 'unknown syntax (a back-reference): no literal');
});

test('nearly every phrase of the tables has literals (the screen is not skipped)', () => {
  let phrases = 0, withLiterals = 0;
  for (const list of Object.values(core.PHRASE_TABLES)) for (const p of list) { phrases++; if (core.phraseLiterals(p.source)) withLiterals++; }
  assert.ok(phrases > 200 && withLiterals / phrases > 0.9, `${withLiterals}/${phrases}`);
});

test('fold() is the i+u flags\' case folding for every character a literal or a word edge holds', () => {
  const literalChars = new Set();
  for (const list of Object.values(core.PHRASE_TABLES)) for (const p of list) for (const l of core.phraseLiterals(p.source) ?? []) for (const c of l.text) literalChars.add(c);
  for (const c of 'abcdefghijklmnopqrstuvwxyz0123456789_') literalChars.add(c);
  const escape = c => c.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&');
  const any = new RegExp(`[${[...literalChars].map(c => (c === '-' ? '\\-' : escape(c))).join('')}]`, 'iu');
  const one = new Map([...literalChars].map(c => [c, new RegExp(`^${escape(c)}$`, 'iu')]));
  const word = new RegExp(`[${core.PHRASE_LETTER_RANGES}0-9_]`, 'iu');
  let checked = 0;
  for (let cp = 0; cp <= 0x10ffff; cp++) {
    if (cp >= 0xd800 && cp <= 0xdfff) continue;
    const x = String.fromCodePoint(cp);
    const f = core.foldCase(x);
    // The edge check trusts a folded a-z / 0-9 / _ to be a word character for the phrases' boundary class.
    if (/^[a-z0-9_]$/.test(f)) assert.ok(word.test(x), `U+${cp.toString(16)} folds to ${f} but is no word character for the boundary`);
    if (!any.test(x)) continue;
    for (const [c, re] of one) if (re.test(x)) { checked++; assert.equal(f, c, `U+${cp.toString(16)} matches ${c} under iu but folds to ${JSON.stringify(f)}`); }
  }
  assert.ok(checked > literalChars.size, `${checked} characters checked`);
});

test('every table\'s screen agrees with its phrases on every text and on each phrase match, changed the ways a literal pass could miss it', () => {
  const variants = m => [m, m.toUpperCase(), `x${m}`, `${m}x`, `_${m}_`, `«${m}»`, `1${m}2`, ` ${m} `, m.replace(/s/g, 'ſ'), m.replace(/k/g, '\u212a'), `é${m}é`, `${m.slice(0, -1)}`, `${m.slice(1)}`];
  let cases = 0;
  for (const [name, list] of Object.entries(core.PHRASE_TABLES)) {
    const screen = core.anyPhrase(list);
    // A table reads its literals from its 256th text on: the corpus itself first (more than 2,000 texts).
    for (const t of texts) assert.equal(screen.test(t), list.some(q => q.re.test(t)), `${name} on ${JSON.stringify(t.slice(0, 120))}`);
    const seen = new Set();
    for (const t of texts) {
      for (const p of list) {
        const m = p.re.exec(t);
        if (!m || seen.has(m[0])) continue;
        seen.add(m[0]);
        for (const v of variants(m[0])) {
          cases++;
          assert.equal(screen.test(v), list.some(q => q.re.test(v)), `${name} (${p.lang}) on ${JSON.stringify(v)}`);
        }
      }
    }
  }
  assert.ok(cases > 2000, `${cases} cases`);
});

test('detectLanguage remembers franc\'s verdict per sample: the same answer again, never a shared object', () => {
  const samples = ['Classify the following support ticket into one of: billing, bug, feature request.',
    'Klassifiziere das folgende Ticket: Rechnung, Fehler oder Wunsch.', 'ok', 'この文章を要約してください。結果は日本語で。'];
  for (const s of samples) {
    const first = core.detectLanguage(s);
    const again = core.detectLanguage(s);
    assert.deepEqual(again, first, s);
    assert.notEqual(again, first);
    again.close.push('xx');
    assert.deepEqual(core.detectLanguage(s).close, first.close, 'a caller changing its answer changes no other answer');
  }
  assert.equal(core.detectLanguage(samples[0]).code, 'en');
  assert.equal(core.detectLanguage(samples[1]).code, 'de');
  assert.equal(core.detectLanguage('ok').franc, 'und');
});
