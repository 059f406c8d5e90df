import type { LanguageLexicon } from './types';

export const nl: LanguageLexicon = {
  code: 'nl', franc: 'nld',
  or: ['of'],
  oneOf: ['(?:een|één) van (?:de|deze)?', 'kies (?:uit|een|één)', 'selecteer (?:uit|een|één)', 'toegestane (?:waarden|labels|categorieën)'],
  yes: ['ja', 'waar'],
  no: ['nee', 'onwaar'],
  number: ['(?:een|alleen een|slechts een) (?:getal|geheel getal|cijfer|score|percentage)', 'alleen het getal', 'beoordeel\\p{L}* (?:\\p{L}+ )?(?:van \\d|op een schaal)', 'op een schaal van'],
  code_: ['taalcode', 'landcode', 'landencode', 'valutacode', 'iso-code', 'datumformaat', '(?:twee|drie)letterige code'],
  oneWord: ['(?:één|een|enkel) woord', 'alleen (?:het|de|met het|met de) (?:label|categorie|woord|getal|naam|code|klasse)', '(?:alleen|uitsluitend) (?:het label|de categorie)', 'niets anders', 'zonder uitleg', 'geen (?:uitleg|andere tekst)'],
  hard: {
    'maths-logic': ['los (?:de|het|deze|dit) \\p{L}+ op', 'oplossen', 'vergelijking\\p{L}*', 'rekenkunde', 'wiskund\\p{L}*', 'algebra', 'meetkunde', 'integra\\p{L}*', 'afgeleide', 'raadsel\\p{L}*', 'puzzel\\p{L}*', 'logicaprobleem', 'bereken\\p{L}*', 'priemgetal\\p{L}*'],
    proof: ['bewijs\\p{L}*', 'bewijzen', 'stelling van', 'vermoeden', 'lemma'],
    game: ['schaak\\p{L}*', 'schaakmat', '(?:beste|volgende|winnende) zet', 'sudoku', 'poker', 'bordpositie', 'stelling op het bord'],
    'code-verdict': ['bugs?(?! (?:reports?|tickets?|trackers?))', 'fout in de code', 'race ?condition\\p{L}*', 'deadlock', 'impasse', 'kwetsba\\p{L}*', 'beveiligingslek\\p{L}*', 'beveiligingsprobleem', 'injectie', 'geheugenlek', 'compileert'],
    forecast: ['voorspel\\p{L}*', 'prognose\\p{L}*', 'waarschijnlijkheid', 'kans dat', 'volgend (?:kwartaal|jaar)', 'volgende (?:maand|week)', 'zal (?:de|het)? ?\\p{L}+ (?:stijgen|dalen|winnen)'],
    policy: ['komt in aanmerking', 'in aanmerking (?:voor|komt|komen)', 'recht op', 'voldoet aan (?:het|de) (?:beleid|regels|wet)', 'volgens (?:het|ons) beleid', 'in strijd met'],
    grading: ['beoordeel (?:het|de|dit|deze) (?:essay|antwoord|opstel|oplossing)', 'beoordelingsrubriek', 'rubric', 'beoordeel de kwaliteit', 'is het antwoord (?:juist|correct)', 'feitencheck', 'factcheck', 'hallucin\\p{L}*', 'overtuigend'],
    'multi-hop': ['(?:op basis van|volgens|met behulp van) (?:de|deze|alle) (?:documenten|passages|fragmenten|artikelen|bronnen)', 'meerdere documenten', 'combineer (?:de )?informatie'],
    reasoning: ['stap voor stap', 'denk (?:goed|zorgvuldig) na', 'redeneer (?:stap|zorgvuldig)', 'laat je redenering zien'],
  },
  problemNames: ['vraag', 'vragen', 'probleem', 'opgave', 'raadsel', 'vergelijking'],
};
