// The words and phrases the complexity assessment looks for, kept as data. Each signal moves the
// score (negative = simpler, positive = harder) and names itself in the verdict's reasons.
// `kind` says how a signal counts beyond its weight:
//   'simple-task'  a task a small model does well (needed for a `simple` verdict at all);
//   'complex-task' a task that needs a capable model (rules out `simple`, weight usually ≥ 3);
//   'short-output' the prompt asks for a label / a word / a number;
//   'long-output'  the prompt asks for long free text;
//   'neutral'      open-ended work that is neither.

export type SignalKind = 'simple-task' | 'complex-task' | 'short-output' | 'long-output' | 'neutral';

export interface TextSignal {
  id: string;
  kind: SignalKind;
  weight: number;
  pattern: RegExp;
  /** Shown in the reasons, e.g. "classification task". */
  reason: string;
  /** The open-output blocker reads the same task (a rewrite, a summary): when it fired, this word adds no second point. */
  openOutput?: true;
}

export const TEXT_SIGNALS: readonly TextSignal[] = [
  // ---- tasks small models do well
  { id: 'classify', kind: 'simple-task', weight: -2, reason: 'classification task',
    pattern: /\b(classify|classif(y|ies|ied|ication)|categori[sz](e|es|ation)|which category|assign (a|one|the) (label|category|tag))\b/i },
  { id: 'routing', kind: 'simple-task', weight: -2, reason: 'routing to a listed team / queue',
    pattern: /\b(pick|choose|select|assign)\b[^.?]{0,30}\b(category|department|team|queue|bucket|class)\b|\bwhich (department|team|queue|bucket)\b/i },
  { id: 'label', kind: 'simple-task', weight: -2, reason: 'labelling task',
    pattern: /\b(label|tag)\s+(the|this|each|every|it|them|as)\b/i },
  { id: 'extract', kind: 'simple-task', weight: -2, reason: 'extraction task',
    pattern: /\b(extract|pull out|parse out)\b/i },
  // A yes/no or a score is an output SHAPE, not a task: "is this conjecture true? yes or no" is hard.
  { id: 'yes-no', kind: 'short-output', weight: -2, reason: 'yes/no answer',
    pattern: /\b(yes\s*(\/|or)\s*no|true\s*(\/|or)\s*false)\b/i },
  { id: 'translate', kind: 'simple-task', weight: -2, reason: 'translation',
    pattern: /\btranslat(e|es|ion|ing)\b/i },
  { id: 'short-summary', kind: 'simple-task', weight: -2, reason: 'short summary',
    pattern: /\b(short|brief|one-sentence|one-line|single-sentence)\s+summary\b|\b(summari[sz]e|summary|tl;?dr)\b[^.]{0,60}\b(in|as|to)\s+(one|two|three|a single|1|2|3|a few)\s+(short\s+)?(sentences?|lines?|bullets?|bullet points?|words)\b/i },
  { id: 'sentiment', kind: 'simple-task', weight: -2, reason: 'sentiment detection',
    pattern: /\bsentiment\b/i },
  { id: 'detect-language', kind: 'simple-task', weight: -2, reason: 'language detection',
    pattern: /\b(detect|identify|determine)\s+(the\s+)?(language|locale)\b|\bwhich language\b/i },
  { id: 'spam', kind: 'simple-task', weight: -2, reason: 'spam / toxicity check',
    pattern: /\b(spam|toxic(ity)?|profan(e|ity)|nsfw)\b/i },
  { id: 'intent', kind: 'simple-task', weight: -1, reason: 'intent / topic detection',
    pattern: /\b(intent|topic|urgency|priority level)\b/i },
  { id: 'rating', kind: 'short-output', weight: -1, reason: 'a score on a fixed scale',
    pattern: /\b(rate|score|grade)\b[^.]{0,50}\b(1|one|0|zero)\s*(-|to|and)\s*(5|10|five|ten|100)\b/i },
  { id: 'proofread', kind: 'simple-task', weight: -2, reason: 'spelling / grammar fix',
    pattern: /\b(fix|correct)\s+(the\s+|any\s+)?(grammar|spelling|typos?|punctuation)\b|\bproofread\b/i },
  { id: 'title', kind: 'simple-task', weight: -2, reason: 'short generation (title, tagline, alt text, commit message)',
    pattern: /\b(generate|write|suggest|give|create|produce|draft)\s+(me\s+)?(a|an|one|3|three|five|5)?\s*(short\s+|concise\s+|catchy\s+|one-line\s+)?(title|subject line|headline|slug|tags|hashtags|keywords|tagline|slogan|alt text|alt-text|caption|commit message)s?\b|\b(alt text|commit (message|subject)|tagline)\b/i },
  { id: 'entities', kind: 'simple-task', weight: -2, reason: 'entity extraction',
    pattern: /\b(named entit(y|ies)|entity recognition)\b/i },
  { id: 'normalize', kind: 'simple-task', weight: -2, reason: 'format conversion',
    pattern: /\b(normali[sz]e|reformat|convert)\b[^.]{0,40}\b(json|csv|iso[ -]?8601|e\.164|lowercase|uppercase|format)\b/i },

  // ---- output shape
  { id: 'one-word', kind: 'short-output', weight: -2, reason: 'asks for a one-word / label answer',
    pattern: /\b(one|single|1) word\b|\bonly (with )?(the|a|one|a single) (label|category|word|number|name|answer|letter|digit|code|language code|score)\b|\b(respond|reply|answer|return|output)\s+(only\s+)?(with\s+)?(only\s+)?(yes|no|true|false|the label|the category|a number|a single number|one of|just)\b|\bjust the (label|number|category|answer|code)\b|\bno (explanation|other text|extra text|commentary)\b|\bnothing else\b|\bone of( the following)?\s*[:(\[]/i },
  { id: 'return-only', kind: 'short-output', weight: -1, reason: 'asks for the bare result only',
    pattern: /\b(return|output|respond with|reply with)\s+(only|just)\b|\bonly (return|output)\b/i },

  // ---- tasks that need a capable model
  { id: 'step-by-step', kind: 'complex-task', weight: 4, reason: 'asks for step-by-step reasoning',
    pattern: /\bstep[- ]by[- ]step\b|\bthink (carefully|through|hard|deeply)\b|\bchain[- ]of[- ]thought\b|\breason (about|through|carefully)\b|\bshow your (work|reasoning)\b/i },
  { id: 'plan', kind: 'complex-task', weight: 3, reason: 'planning task',
    pattern: /\b(make|create|draft|devise|produce|write|build)\s+(a|an|the)\s+([\w-]+\s+){0,2}(plan|roadmap|strategy|itinerary)\b|\bplan (out|how|the steps)\b|\bbreak (it|this|the task) down into (sub)?(steps|tasks)\b/i },
  { id: 'trade-offs', kind: 'complex-task', weight: 3, reason: 'analysis of trade-offs',
    pattern: /\btrade-?offs?\b|\bpros and cons\b|\broot[- ]cause\b|\bcompare and contrast\b|\bweigh (the )?(options|alternatives)\b|\bcritique\b/i },
  { id: 'code', kind: 'complex-task', weight: 4, reason: 'writes or reviews code',
    pattern: /\b(write|generate|implement|create)\s+(a |an |the )?([\w-]+\s+){0,3}(code|function|class|program|script|sql( query)?|regex|regular expression|unit tests?|test cases|component|migration|endpoint)\b|\brefactor\w*\b|\bdebug\w*\b|\bcode review\b|\breview (this|the) (code|pull request|diff|pr|patch)\b|\bfix (the|this) bug\b|\bsenior (software )?(engineer|developer)\b/i },
  { id: 'prove', kind: 'complex-task', weight: 4, reason: 'proof / derivation',
    pattern: /\bprove\b|\bproof\b|\btheorem\b|\bderive\b|\bformal(ly)? verif/i },
  { id: 'agent', kind: 'complex-task', weight: 4, reason: 'multi-step agent',
    pattern: /\b(autonomous|multi-?step|agentic)\b|\byou are an? ([\w-]+ )?agent\b|\buse the (available )?tools\b|\bdecide which tool\b|\biterate until\b|\buntil the task is (done|complete)\b/i },
  { id: 'research', kind: 'complex-task', weight: 3, reason: 'research task',
    pattern: /\bresearch\b|\bliterature review\b|\bcite (your )?sources\b|\bin-depth\b|\bcomprehensive\b|\bdeep dive\b/i },
  { id: 'design', kind: 'complex-task', weight: 3, reason: 'system / architecture design',
    pattern: /\bsystem design\b|\b(software |solution )?architect(ure)?\b|\bdesign (a|an|the) ([\w-]+ ){0,2}(system|service|schema|api|architecture)\b/i },
  { id: 'math', kind: 'complex-task', weight: 3, reason: 'maths / logic problem',
    pattern: /\bsolve\b[^.]{0,40}\b(problem|equation|puzzle|riddle)\b|\b(mathematical|calculus|olympiad|logic puzzle)\b/i },
  { id: 'expert-review', kind: 'complex-task', weight: 3, reason: 'expert legal / medical / financial judgement',
    pattern: /\b(legal|medical|clinical|financial|compliance|regulatory)\b[^.]{0,40}\b(analy[sz](e|is)|advice|review|risks?|assessment|diagnos\w*|implications)\b/i },

  // ---- long free text
  { id: 'long-text', kind: 'long-output', weight: 2, reason: 'asks for long free text',
    pattern: /\b(write|draft|compose)\s+(a|an)\s+([\w-]+\s+){0,3}(essay|article|blog post|report|story|proposal|whitepaper|cover letter|chapter|newsletter|speech)\b|\b(detailed|thorough|long[- ]form|elaborate)\b|\bat least \d{3,} words\b|\b\d{3,} words\b/i },

  // ---- open-ended work (neither simple nor hard on its face)
  { id: 'summarize', kind: 'neutral', weight: 0, reason: 'open summary', openOutput: true,
    pattern: /\b(summari[sz]e|summary)\b/i },
  { id: 'explain', kind: 'neutral', weight: 1, reason: 'explanation',
    pattern: /\bexplain\w*\b/i },
  { id: 'analyze', kind: 'neutral', weight: 1, reason: 'analysis',
    pattern: /\banaly[sz](e|is|ing)\b/i },
  { id: 'assistant', kind: 'neutral', weight: 1, reason: 'open-ended assistant',
    pattern: /\byou are a helpful\b|\bhelpful assistant\b|\banswer (the user'?s? |any )?questions?\b/i },
  { id: 'rewrite', kind: 'neutral', weight: 1, reason: 'rewriting / generation', openOutput: true,
    pattern: /\b(rewrite|rephrase|paraphrase|draft a reply|write a reply|respond to the customer)\b/i },
];

/** JSON Schema keywords that are not property names, left out when counting a schema's fields. */
export const SCHEMA_KEYWORDS = new Set([
  'type', 'properties', 'required', 'items', 'enum', 'description', 'additionalProperties', 'title',
  'format', 'minimum', 'maximum', 'minLength', 'maxLength', 'default', 'anyOf', 'oneOf', 'allOf',
  'const', 'pattern', '$schema', '$ref', 'definitions', '$defs', 'strict', 'name', 'schema',
  'json_schema', 'response_format', 'minItems', 'maxItems', 'nullable', 'examples',
]);

/** Ids of models built to reason (a deliberate choice of a reasoning model is a complexity hint). */
export const REASONING_MODEL = /^(o1|o3|o4)(-|$)|reasoner|thinking|(^|[-/])r1(\b|-)|qwq/i;
