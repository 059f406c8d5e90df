import type { LanguageLexicon } from './types';

export const en: LanguageLexicon = {
  code: 'en', franc: 'eng',
  or: ['or'],
  oneOf: ['one of', 'choose from', 'pick from', 'select from', 'one (?:label|category|class|option) from', 'from (?:the following|these) (?:labels|categories|classes|options)', 'allowed (?:labels|values|categories)', '(?:labels|categories|classes|options) are'],
  yes: ['yes', 'true', 'y'],
  no: ['no', 'false', 'n'],
  number: ['between \\d+ and \\d+', '(?:a|one|single|an) (?:number|integer|digit|score|rating|percentage)', 'number only', 'score (?:from|between|of) \\d', 'rate (?:it |this |the \\w+ )?(?:from|between|on a scale)', 'on a scale (?:of|from)'],
  code_: ['language code', 'country code', 'currency code', 'locale code', '(?:two|three)-letter (?:code|iso)', 'date format'],
  oneWord: ['(?:one|a single|single|1) word', 'only (?:the|a|one|a single) (?:label|category|class|word|number|name|letter|digit|code|score|language|tag|option|answer word)', 'just the (?:label|category|class|number|code|score|word|tag)', '(?:label|category|class|word|number|code|score|tag) only', 'nothing else', 'no (?:explanation|other text|extra text|commentary)'],
  only: ['only', 'just'],
  shortLimit: ['(?:the )?(?:title|headline|tagline|slogan|subject line|caption) only', 'only (?:the )?(?:title|headline|tagline|slogan|subject line|caption)', '(?:at most|max(?:imum)?|no more than|under|up to|within|in) (?:\\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve) words', '(?:\\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)[- ]words?', '(?:at most|max(?:imum)?|no more than|under|up to) \\d{1,3} (?:chars|characters)'],
  extract: ['extract', 'pull out', 'parse out'],
  hard: {
    'maths-logic': ['twice as', 'three times as', 'half as', 'sum of', 'average speed', 'compound interest', 'solve', 'equations?', 'arithmetic', 'math(?:s|ematical)?', 'algebra', 'geometry', 'calculus', 'integrals?', 'derivatives?', 'logic(?:al)? (?:puzzle|problem|riddle)', 'puzzles?', 'riddles?', 'combinatori\\w*', 'how many ways', 'primes?', 'prime numbers?', 'divisible', 'factori[sz]\\w*', 'square roots?', 'calculate', 'compute the'],
    proof: ['prove', 'proofs?', 'theorems?', 'conjectures?', 'lemmas?', 'derive'],
    game: ['shogi', 'xiangqi', 'baduk', 'go (?:game|position|move)', 'sgf', 'sfen', 'digit (?:in|for) (?:the )?(?:cell|square)', 'chess', 'checkmate', '(?:best|winning|next|optimal) move', 'sudoku', 'poker', 'tic-tac-toe', 'board position', 'go board', 'crossword'],
    'code-verdict': ['xss', 'csrf', 'ssrf', 'cves?', 'sql injection', '(?:a|any) bugs? in', 'bugs? in (?:the|this) (?:code|function|snippet|program|implementation|query)', 'contains? (?:a |any )?bugs?', 'is there a bug', 'has (?:a|any) bugs?', 'buggy', 'race conditions?', 'data race', 'deadlocks?', 'vulnerab\\w*', 'exploit\\w*', 'security (?:issue|flaw|hole|risk|bug)s?', 'injection', 'memory leak', 'thread-safe', 'undefined behaviou?r', 'off-by-one', 'compiles?', 'time complexity'],
    forecast: ['forecast\\w*', 'predict\\w*', 'likelihood', 'probabilit(?:y|ies)', 'in the next \\d+ (?:days|weeks|months|years)', 'chances? that', 'next (?:quarter|year|month|week)', 'will (?:the |this |that |it )?(?:\\w+ ){0,5}(?:rise|fall|drop|increase|decrease|go up|go down|win|lose|succeed|fail|happen)'],
    policy: ['eligib\\w*', 'qualif(?:y|ies) for', 'complies? with', 'compliant', 'compliance', '(?:permitted|allowed) under', 'violat\\w* (?:the |our )?(?:policy|terms|law|regulation)', 'under (?:the|our) policy', 'gdpr', 'hipaa', 'entitled to'],
    legal: ['contract(?:ual)? (?:clause|risk|term)s?', 'clauses?', 'liabilit(?:y|ies)', 'indemnif\\w*', 'laws?', 'lawful', 'unlawful', 'legal(?:ly)?', 'statut\\w*', 'deductib\\w*', 'tax (?:law|rules|code|credit|relief|treatment)', 'entitled to', '(?:lawyer|attorney|tax (?:advisor|adviser|consultant|expert)|accountant|physician)'],
    clinical: ['triage', 'symptoms?', 'diagnos\\w*', 'clinical', 'patients?', 'dosage', 'medications?', 'ESI level'],
    grading: ['(?:grade|score|mark|assess|evaluate) (?:the |this |an? |each )?(?:\\w+ )?(?:essay|dissertation|thesis|answer sheet)', 'out of \\d+ points', 'grade (?:the|this|each) (?:essay|answer|response|submission|solution)', 'rubric', 'assess the quality', 'evaluate (?:the|this) (?:argument|reasoning|answer|essay|quality)', 'is the (?:answer|solution|reasoning) correct', 'score (?:the|this) (?:essay|answer|response|submission)', 'fact-check', 'factually (?:correct|accurate)', 'hallucinat\\w*', 'well-argued', 'persuasive'],
    'multi-hop': ['multi-hop', '(?:based on|using|according to|across|from) (?:the|these|all the) (?:documents|passages|sources|excerpts|articles)', 'combine information', 'cross-referenc\\w*'],
    reasoning: ['step by step', 'think (?:carefully|through|hard|deeply)', 'chain of thought', 'reason (?:about|through|carefully)', 'show your (?:work|reasoning)'],
  },
  problemNames: ['aufsatz', 'ensayo', 'redaccion', 'redacao', 'dissertation', 'copie', 'saggio', 'opstel', 'sochinenie', 'question', 'questions', 'problem', 'puzzle', 'riddle', 'options', 'choices', 'position', 'board', 'fen', 'pgn', 'code', 'snippet', 'diff', 'patch', 'program', 'function', 'equation', 'expression', 'formula', 'proof', 'theorem', 'conjecture', 'hypothesis', 'scenario', 'contract', 'policy', 'essay', 'submission', 'solution', 'documents', 'passages', 'task', 'grid', 'sgf', 'sfen', 'kifu'],
};
