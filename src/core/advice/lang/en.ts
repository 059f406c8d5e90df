import type { LanguageLexicon } from './types';

export const en: LanguageLexicon = {
  code: 'en', franc: 'eng',
  or: ['or'],
  oneOf: ['one of', 'choose from', 'pick from', 'select from', 'one (?:label|category|class|option) from', 'from (?:the following|these) (?:labels|categories|classes|options)', 'allowed (?:labels|values|categories)', '(?:labels|categories|classes|options) are'],
  yes: ['yes', 'true', 'y'],
  no: ['no', 'false', 'n'],
  number: ['(?:a|one|single|an) (?:number|integer|digit|score|rating|percentage)', 'number only', 'score (?:from|between|of) \\d', 'rate (?:it |this |the \\w+ )?(?:from|between|on a scale)', 'on a scale (?:of|from)'],
  code_: ['language code', 'country code', 'currency code', 'locale code', '(?:two|three)-letter (?:code|iso)', 'date format'],
  oneWord: ['(?:one|a single|single|1) word', 'only (?:the|a|one|a single) (?:label|category|class|word|number|name|letter|digit|code|score|language|tag|option|answer word)', 'just the (?:label|category|class|number|code|score|word|tag)', '(?:label|category|class|word|number|code|score|tag) only', 'nothing else', 'no (?:explanation|other text|extra text|commentary)'],
  hard: {
    'maths-logic': ['solve', 'equations?', 'arithmetic', 'math(?:s|ematical)?', 'algebra', 'geometry', 'calculus', 'integrals?', 'derivatives?', 'logic(?:al)? (?:puzzle|problem|riddle)', 'puzzles?', 'riddles?', 'combinatori\\w*', 'how many ways', 'primes?', 'prime numbers?', 'divisible', 'factori[sz]\\w*', 'square roots?', 'calculate', 'compute the'],
    proof: ['prove', 'proofs?', 'theorems?', 'conjectures?', 'lemmas?', 'derive'],
    game: ['chess', 'checkmate', '(?:best|winning|next|optimal) move', 'sudoku', 'poker', 'tic-tac-toe', 'board position', 'go board', 'crossword'],
    'code-verdict': ['bugs?(?! (?:reports?|tickets?|trackers?))', 'buggy', 'race conditions?', 'data race', 'deadlocks?', 'vulnerab\\w*', 'exploit\\w*', 'security (?:issue|flaw|hole|risk|bug)s?', 'injection', 'memory leak', 'thread-safe', 'undefined behaviou?r', 'off-by-one', 'compiles?', 'time complexity'],
    forecast: ['forecast\\w*', 'predict\\w*', 'likelihood', 'probability that', 'chances? that', 'next (?:quarter|year|month|week)', 'will (?:the )?\\w+ (?:rise|fall|win|lose|increase|decrease|succeed|fail)'],
    policy: ['eligib\\w*', 'qualif(?:y|ies) for', 'complies? with', 'compliant', 'compliance', '(?:permitted|allowed) under', 'violat\\w* (?:the |our )?(?:policy|terms|law|regulation)', 'under (?:the|our) policy', 'gdpr', 'hipaa', 'entitled to'],
    grading: ['grade (?:the|this|each) (?:essay|answer|response|submission|solution)', 'rubric', 'assess the quality', 'evaluate (?:the|this) (?:argument|reasoning|answer|essay|quality)', 'is the (?:answer|solution|reasoning) correct', 'score (?:the|this) (?:essay|answer|response|submission)', 'fact-check', 'factually (?:correct|accurate)', 'hallucinat\\w*', 'well-argued', 'persuasive'],
    'multi-hop': ['multi-hop', '(?:based on|using|according to|across|from) (?:the|these|all the) (?:documents|passages|sources|excerpts|articles)', 'combine information', 'cross-referenc\\w*'],
    reasoning: ['step by step', 'think (?:carefully|through|hard|deeply)', 'chain of thought', 'reason (?:about|through|carefully)', 'show your (?:work|reasoning)'],
  },
  problemNames: ['question', 'questions', 'problem', 'puzzle', 'riddle', 'options', 'choices', 'position', 'board', 'fen', 'pgn', 'code', 'snippet', 'diff', 'patch', 'program', 'function', 'equation', 'expression', 'formula', 'proof', 'theorem', 'conjecture', 'hypothesis', 'scenario', 'contract', 'policy', 'essay', 'submission', 'solution', 'documents', 'passages', 'task'],
};
