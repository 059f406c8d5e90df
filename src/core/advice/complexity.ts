// How hard does a call's task look, judged only from what the code shows? Static, deterministic and
// explained: every signal that moves the verdict is named in `reasons`. Conservative on purpose: a
// wrong downgrade costs more than it saves, so `simple` needs positive evidence (a simple task AND
// a short output) and any sign of hard work or an unseen prompt rules it out.
import type { CallFact, PromptPart } from '../model';
import { REASONING_MODEL, SCHEMA_KEYWORDS, TEXT_SIGNALS } from './lexicon';

export type ComplexityLevel = 'simple' | 'moderate' | 'complex';

export interface ComplexityAssessment {
  level: ComplexityLevel;
  reasons: string[];
  /** Sum of signal weights: negative = simpler. */
  score: number;
}

/** Score at or below which a call with a simple task and no blocker is `simple`. */
const SIMPLE_MAX_SCORE = -3;
/** Score at or above which a call is `complex`. */
const COMPLEX_MIN_SCORE = 3;
/** Less static prompt text than this (characters) means the prompt is effectively unknown. */
const MIN_VISIBLE_PROMPT = 15;
/** Prompts longer than this (tokens) are long-context work: never `simple`. */
const LONG_CONTEXT_TOKENS = 16_000;

const MESSAGE_ROLES = new Set<PromptPart['role']>(['system', 'user', 'assistant', 'input', 'document']);

interface Tally {
  score: number;
  reasons: string[];
  simpleTask: boolean;
  shortOutput: boolean;
  /** Reasons that rule out `simple` whatever the score. */
  blockers: string[];
  forcedComplex: boolean;
}

function add(t: Tally, weight: number, reason: string): void {
  t.score += weight;
  t.reasons.push(weight === 0 ? reason : `${reason} (${weight > 0 ? '+' : ''}${weight})`);
}

function block(t: Tally, weight: number, reason: string): void {
  add(t, weight, reason);
  t.blockers.push(reason);
}

function promptText(fact: CallFact): string {
  return fact.prompt.filter(p => MESSAGE_ROLES.has(p.role)).map(p => p.text).join('\n');
}

/** Number of tools declared, from the static text of the `tools` parts (at least 1 when tools are passed). */
export function countTools(fact: CallFact): number {
  if (!fact.features.tools) return 0;
  const text = fact.prompt.filter(p => p.role === 'tools').map(p => p.text).join('\n');
  const names = text.match(/["']?\bname["']?\s*[:=]/g)?.length ?? 0;
  const dynamic = fact.prompt.some(p => p.role === 'tools' && p.placeholders.length > 0 && p.text.trim() === '');
  // A tools list we cannot see may hold many tools: count it as several.
  if (names === 0 && dynamic) return 3;
  return Math.max(1, names);
}

/** Property names of the static output schema(s), JSON-Schema keywords left out. */
export function schemaFields(fact: CallFact): number | null {
  const schema = fact.prompt.filter(p => p.role === 'schema');
  if (schema.length === 0) return null;
  const keys = new Set<string>();
  for (const part of schema) {
    for (const m of part.text.matchAll(/["']?([A-Za-z_$][\w$]*)["']?\s*[:=]/g)) {
      if (!SCHEMA_KEYWORDS.has(m[1])) keys.add(m[1]);
    }
  }
  return keys.size;
}

function textSignals(t: Tally, text: string): void {
  for (const s of TEXT_SIGNALS) {
    if (!s.pattern.test(text)) continue;
    switch (s.kind) {
      case 'simple-task': t.simpleTask = true; add(t, s.weight, s.reason); break;
      case 'short-output': t.shortOutput = true; add(t, s.weight, s.reason); break;
      case 'complex-task': block(t, s.weight, s.reason); break;
      case 'long-output': block(t, s.weight, s.reason); break;
      case 'neutral': add(t, s.weight, s.reason); break;
    }
  }
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

function callSignals(t: Tally, fact: CallFact, inputTokens: number, visible: string): void {
  const f = fact.features;
  if (f.reasoningEffort && !/^(none|minimal)$/i.test(f.reasoningEffort)) {
    t.forcedComplex = true;
    block(t, 4, `reasoning_effort "${f.reasoningEffort}" set on purpose`);
  }
  if (f.thinkingBudget !== undefined && f.thinkingBudget > 0) {
    t.forcedComplex = true;
    block(t, 4, `thinking budget of ${f.thinkingBudget} tokens`);
  }
  // Picking a reasoning model is itself a statement that the task needs reasoning, even when the
  // answer is one word (a hard yes/no question, a chess move): never call such a call simple.
  if (fact.model.value && REASONING_MODEL.test(fact.model.value)) block(t, 2, `reasoning model ${fact.model.value} chosen`);
  const tools = countTools(fact);
  if (tools >= 2) block(t, 2, `${tools} tools: multi-step tool use`);
  else if (tools === 1) add(t, 1, 'one tool / function');
  if (f.vision) add(t, 1, 'image input');
  if (f.history) block(t, 1, 'conversation history passed in');
  if (f.fewShot) add(t, -1, 'few-shot examples pin the format');
  if (f.temperature !== undefined && f.temperature >= 1) add(t, 1, `temperature ${f.temperature}: creative output`);
  if (inputTokens > LONG_CONTEXT_TOKENS) block(t, 2, `long prompt (${inputTokens} tokens)`);
  else if (inputTokens > 4000) add(t, 1, `long prompt (${inputTokens} tokens)`);
  if (visible.trim().length < MIN_VISIBLE_PROMPT) block(t, 0, 'prompt not visible in the code');
}

export function assessComplexity(fact: CallFact, inputTokens: number): ComplexityAssessment {
  const t: Tally = { score: 0, reasons: [], simpleTask: false, shortOutput: false, blockers: [], forcedComplex: false };
  const text = promptText(fact);
  callSignals(t, fact, inputTokens, text);
  textSignals(t, text);
  outputSignals(t, fact);

  let level: ComplexityLevel;
  if (t.forcedComplex || t.score >= COMPLEX_MIN_SCORE) level = 'complex';
  else if (t.simpleTask && t.shortOutput && t.blockers.length === 0 && t.score <= SIMPLE_MAX_SCORE) level = 'simple';
  else level = 'moderate';
  if (level === 'moderate' && !t.simpleTask && t.blockers.length === 0 && t.reasons.length === 0) t.reasons.push('no task words recognised');
  return { level, reasons: t.reasons, score: t.score };
}
