// How hard does a call's task look, judged only from what the code shows? Static, deterministic and
// explained. Structure first: a closed output shape (listed labels, yes/no, a number, a code, one word, a
// small JSON schema) whose placeholder is data to label, with no blocker (reasoning effort, several tools,
// history, long context, a short-but-hard task family in any covered language), is `simple`. Task words
// (./lexicon) are a second route, never a requirement. Conservative on purpose: a wrong downgrade costs more
// than it saves, so any blocker or an unseen prompt rules `simple` out, and a prompt in a language the
// blocker tables do not cover is `simple` only with an explicit label list and no numerals.
import type { CallFact } from '../model';
import { TEXT_SIGNALS } from './lexicon';
import { COVERED, PER_ITEM, anyPhrase } from './lang';
import { describeShape, languagesUsed, maskLabels, promptText, scanned, schemaFields, structureOf, type StructureFacts } from './structure';

export { countTools, schemaFields } from './structure';

export type ComplexityLevel = 'simple' | 'moderate' | 'complex';

export interface ComplexityAssessment {
  level: ComplexityLevel;
  reasons: string[];
  /** Sum of signal weights: negative = simpler. */
  score: number;
  /** The language-neutral facts the verdict rests on. */
  structure: StructureFacts;
  /** What made a `simple` verdict, in words (empty otherwise): the shape, the cap, the locus, the checks passed. */
  evidence: string[];
  /** Which route made the prompt simple. */
  route: 'structure' | 'words' | null;
  /** A closed, data-locus task made dear only by its reasoning setting: lower the effort rather than the model. */
  lowerEffort: boolean;
}

/** Score at or below which a call with a simple task and no blocker is `simple`. */
const SIMPLE_MAX_SCORE = -3;
/** Score at or above which a call is `complex`. */
const COMPLEX_MIN_SCORE = 3;

interface Tally {
  score: number;
  reasons: string[];
  simpleTask: boolean;
  shortOutput: boolean;
  /** Reasons that rule out `simple` whatever the score. */
  blockers: string[];
  forcedComplex: boolean;
  /** Ids of the task-word signals that matched. */
  ids: Set<string>;
}

function add(t: Tally, weight: number, reason: string): void {
  t.score += weight;
  t.reasons.push(weight === 0 ? reason : `${reason} (${weight > 0 ? '+' : ''}${weight})`);
}

function block(t: Tally, weight: number, reason: string): void {
  add(t, weight, reason);
  t.blockers.push(reason);
}

/** Adds the task-word signals; true when any matched. */
function textSignals(t: Tally, text: string, facts: StructureFacts): boolean {
  let found = false;
  const openOutputCounted = facts.blockers.some(b => b.kind === 'open-output');
  for (const s of TEXT_SIGNALS) {
    if (!s.pattern.test(text)) continue;
    found = true;
    t.ids.add(s.id);
    switch (s.kind) {
      case 'simple-task': t.simpleTask = true; add(t, s.weight, s.reason); break;
      case 'short-output': t.shortOutput = true; add(t, s.weight, s.reason); break;
      case 'complex-task': block(t, s.weight, s.reason); break;
      case 'long-output': block(t, s.weight, s.reason); break;
      case 'neutral': add(t, s.openOutput && openOutputCounted ? 0 : s.weight, s.reason); break;
    }
  }
  return found;
}

function outputSignals(t: Tally, fact: CallFact): void {
  const cap = fact.maxOutputTokens;
  if (cap) {
    if (cap.value <= 16) { t.shortOutput = true; add(t, -2, `${cap.param} ${cap.value}: a few words out`); }
    else if (cap.value <= 200) { t.shortOutput = true; add(t, -1, `${cap.param} ${cap.value}: short output`); }
    else if (cap.value >= 2000) block(t, 2, `${cap.param} ${cap.value}: long output`);
    else if (cap.value >= 1000) add(t, 1, `${cap.param} ${cap.value}: sizeable output`);
  }
  const fields = schemaFields(fact);
  if (fields !== null && fields > 0) {
    if (fields <= 6) { t.shortOutput = true; add(t, -1, `small JSON schema (${fields} field${fields > 1 ? 's' : ''})`); }
    else if (fields > 15) add(t, 1, `large JSON schema (${fields} fields)`);
  } else if (fact.features.jsonMode) {
    add(t, 0, 'JSON output');
  }
}

/** Weight of each hard task family: the ones a small model gets wrong most often make the call complex. */
const FAMILY_WEIGHT: Record<string, number> = { 'maths-logic': 3, proof: 4, game: 3, 'code-verdict': 3, forecast: 3, policy: 2, legal: 3, clinical: 3, grading: 2, 'multi-hop': 2, reasoning: 4, argument: 3, exam: 3, decision: 3, 'financial-crime': 3, causal: 3, constraints: 3 };

/** "Tools" in the prompt, in the covered languages (plural where the language has one): the prompt directs tool use. */
const TOOLS_NAMED = /\b(?:tools|werkzeuge|herramientas|outils|ferramentas|strumenti|hulpmiddelen|инструмент(?:ы|ами|ов))\b|ツール|工具|도구/iu;

function callSignals(t: Tally, fact: CallFact, inputTokens: number, facts: StructureFacts): void {
  for (const b of facts.blockers) {
    switch (b.kind) {
      case 'reasoning': t.forcedComplex = true; block(t, 4, `${b.detail} set on purpose`); break;
      // Picking a reasoning model is itself a statement that the task needs reasoning, even when the
      // answer is one word (a hard yes/no question, a chess move): never call such a call simple.
      case 'reasoning-model': block(t, 2, `${b.detail} chosen`); break;
      case 'tools': block(t, 2, `${b.detail}: multi-step tool use`); break;
      case 'history': block(t, 1, b.detail); break;
      case 'long-context': block(t, 2, b.detail); break;
      case 'unseen-prompt': block(t, 0, b.detail); break;
      case 'hard-task': block(t, FAMILY_WEIGHT[b.family!] ?? 3, b.detail); break;
      // Open output is moderate work: it rules out an unprompted downgrade, it does not make the call complex.
      case 'open-output': block(t, 1, b.detail); break;
    }
  }
  const f = fact.features;
  // A tool the prompt tells the model to use ("by calling the provided tools"), or one beside an output schema of its
  // own, is not the answer's shape: the model calls it, reads the result, then answers — a multi-step loop.
  if (f.tools && !facts.blockers.some(b => b.kind === 'tools')) {
    if (TOOLS_NAMED.test(promptText(fact)) || (schemaFields(fact) ?? 0) > 0) block(t, 1, 'a tool the model calls before it answers (multi-step)');
    else add(t, 1, 'one tool / function');
  }
  if (f.vision) add(t, 1, 'image input');
  if (f.fewShot) add(t, -1, 'few-shot examples pin the format');
  if (f.temperature !== undefined && f.temperature >= 1) add(t, 1, `temperature ${f.temperature}: creative output`);
  if (inputTokens > 4000 && !facts.blockers.some(b => b.kind === 'long-context')) add(t, 1, `long prompt (${inputTokens} tokens)`);
}

/** A closed shape with a cap above this is not short output after all. */
const CLOSED_SHAPE_MAX_CAP = 500;

/**
 * A short text or a small JSON object asked for each item of the input ("for each customer, a three-word
 * profile") with no output cap: the output grows with the data, so it is not the short output the shape claims.
 */
function perItemUncapped(t: Tally, facts: StructureFacts, text: string): boolean {
  const { shape, cap } = facts;
  if (cap || !shape || (shape.kind !== 'short-text' && shape.kind !== 'schema')) return false;
  if (!anyPhrase(PER_ITEM).test(text)) return false;
  t.reasons.push('one answer per item of the input and no output cap: the output grows with the data');
  return true;
}

/** The structural route: closed shape + data placeholder + no blocker, in a language the blockers cover. */
function structurallySimple(t: Tally, facts: StructureFacts, languageKnown: boolean, text: string): boolean {
  const { shape, cap, locus } = facts;
  if (!shape || t.blockers.length > 0 || t.forcedComplex) return false;
  // A schema of closed fields bounds the answer whatever the cap (a cap of 1000 on one enum field is just generous).
  if (cap && cap.value > CLOSED_SHAPE_MAX_CAP && !shape.closed) return false;
  if (locus.kind !== 'data') return false;
  // Blockers unchecked: only an explicit label list without numerals (no maths to hide) may pass — in the prompt or
  // as the values of a schema made only of enums.
  if (!languageKnown) return (shape.kind === 'labels' || (shape.kind === 'schema' && shape.enumOnly === true)) && !facts.numerals;
  return !perItemUncapped(t, facts, text);
}

function evidenceOf(t: Tally, facts: StructureFacts, route: 'structure' | 'words', languageKnown: boolean): string[] {
  const out: string[] = [];
  if (route === 'structure' && facts.shape) out.push(describeShape(facts.shape));
  else out.push(...t.reasons.filter(r => /\(-\d+\)$/.test(r)).slice(0, 2).map(r => r.replace(/ \(-\d+\)$/, '')));
  if (facts.cap) out.push(`${facts.cap.param} ${facts.cap.value}`);
  if (facts.locus.kind === 'data') out.push(`the placeholder ${facts.locus.placeholders[0]} is data to label, not the problem`);
  const lang = facts.language;
  if (languageKnown) {
    out.push(`no blocker found (reasoning setting, tools, history, context size, hard-task phrases in ${COVERED.length} languages${lang.code ? `; prompt in ${lang.code}` : ''})`);
  } else {
    out.push(`prompt language ${lang.franc === 'und' ? 'undetermined' : lang.franc} is not covered by the blocker phrases: suggested only because the labels are listed and no numerals appear`);
  }
  return out;
}

function english(facts: StructureFacts): boolean {
  const l = facts.language;
  return l.code === 'en' || l.close.includes('en') || l.franc === 'und';
}

export function assessComplexity(fact: CallFact, inputTokens: number): ComplexityAssessment {
  const t: Tally = { score: 0, reasons: [], simpleTask: false, shortOutput: false, blockers: [], forcedComplex: false, ids: new Set() };
  const facts = structureOf(fact, inputTokens);
  const text = scanned(promptText(fact));
  callSignals(t, fact, inputTokens, facts);
  const wordsFound = textSignals(t, maskLabels(text, facts.shape), facts);
  outputSignals(t, fact);
  // franc cannot tell the language of a very short text: it counts as covered when it uses a phrase of a covered table.
  // A close second guess counts when the prompt uses that language's phrases (Russian "да или нет" read as Bulgarian).
  const phraseLangs = facts.language.covered ? new Set<string>() : languagesUsed(text);
  const languageKnown = facts.language.covered || facts.language.close.some(l => phraseLangs.has(l))
    || (facts.language.franc === 'und' && (wordsFound || phraseLangs.size > 0 || facts.shape?.kind === 'schema'));
  if (!languageKnown) t.reasons.push(`prompt language ${facts.language.franc === 'und' ? 'undetermined' : facts.language.franc}: blocker phrases not checked`);

  let level: ComplexityLevel;
  let route: 'structure' | 'words' | null = null;
  if (t.forcedComplex || t.score >= COMPLEX_MIN_SCORE) level = 'complex';
  else if (structurallySimple(t, facts, languageKnown, text)) { level = 'simple'; route = 'structure'; }
  // The task words are English: they speak for an English prompt only ("spam" in a Turkish sentence proves nothing).
  // Open output (a summary, a rewrite, a translation) is moderate however short: only a closed shape or a short
  // generation (a title, a commit message) earns an unprompted suggestion by words.
  else if (english(facts) && t.simpleTask && t.shortOutput && t.blockers.length === 0 && t.score <= SIMPLE_MAX_SCORE
    && (facts.shape !== null || t.ids.has('title'))) { level = 'simple'; route = 'words'; }
  else level = 'moderate';
  if (facts.shape) t.reasons.push(describeShape(facts.shape));
  if (facts.locus.kind === 'problem') t.reasons.push(`the placeholder ${facts.locus.problem} holds the problem itself`);
  if (level === 'moderate' && !t.simpleTask && t.blockers.length === 0 && t.reasons.length === 0) t.reasons.push('no task words recognised');
  // Reasoning effort is the only blocker of an otherwise closed, data-locus task: lowering it is the saving.
  const lowerEffort = facts.shape !== null && facts.locus.kind === 'data' && facts.blockers.length > 0 && facts.blockers.every(b => b.kind === 'reasoning');
  return { level, reasons: t.reasons, score: t.score, structure: facts, evidence: route ? evidenceOf(t, facts, route, languageKnown) : [], route, lowerEffort };
}

