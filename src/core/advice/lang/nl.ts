import type { LanguageLexicon } from './types';

export const nl: LanguageLexicon = {
  code: 'nl', franc: 'nld',
  or: ['of'],
  oneOf: ['(?:een|één) van (?:de|deze)?', 'kies (?:uit|een|één)', 'selecteer (?:uit|een|één)', 'toegestane (?:waarden|labels|categorieën)'],
  yes: ['ja', 'waar'],
  no: ['nee', 'onwaar'],
  number: ['tussen \\d+ en \\d+', 'van \\d+ tot \\d+', '(?:een|alleen een|slechts een) (?:getal|geheel getal|cijfer|score|percentage)', 'alleen het getal', 'beoordeel\\p{L}* (?:\\p{L}+ )?(?:van \\d|op een schaal)', 'op een schaal van'],
  code_: ['taalcode', 'landcode', 'landencode', 'valutacode', 'iso-code', 'datumformaat', '(?:twee|drie)letterige code'],
  oneWord: ['(?:één|een|enkel) woord', 'alleen (?:het|de|met het|met de) (?:label|categorie|woord|getal|naam|code|klasse)', '(?:alleen|uitsluitend) (?:het label|de categorie)', 'niets anders', 'zonder uitleg', 'geen (?:uitleg|andere tekst)'],
  only: ['alleen', 'enkel', 'uitsluitend'],
  shortLimit: ['alleen de (?:titel|kop|slogan)', '(?:hoogstens|maximaal|max\\.?|niet meer dan) (?:\\d{1,2}|één|een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|twaalf) (?:woorden|tekens)', '(?:\\d{1,2}|één|een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|twaalf) woorden'],
  extract: ['extraheer', 'haal (?:de|het)'],
  hard: {
    'maths-logic': ['twee keer zo', 'drie keer zo', 'de helft van', 'de som van', 'samengestelde rente', 'los (?:de|het|deze|dit) \\p{L}+ op', 'oplossen', 'vergelijking\\p{L}*', 'rekenkunde', 'wiskund\\p{L}*', 'algebra', 'meetkunde', 'integra\\p{L}*', 'afgeleide', 'raadsel\\p{L}*', 'puzzel\\p{L}*', 'logicaprobleem', 'bereken\\p{L}*', 'priemgetal\\p{L}*'],
    proof: ['bewijs\\p{L}*', 'bewijzen', 'stelling van', 'vermoeden', 'lemma'],
    game: ['shogi', 'go-(?:spel|partij)', 'schaak\\p{L}*', 'schaakmat', '(?:beste|volgende|winnende) zet', 'sudoku', 'poker', 'bordpositie', 'stelling op het bord'],
    'code-verdict': ['(?:fout|bug) in de code', 'bevat (?:een )?bug', 'race ?condition\\p{L}*', 'deadlock', 'impasse', 'kwetsba\\p{L}*', 'beveiligingslek\\p{L}*', 'beveiligingsprobleem', 'injectie', 'geheugenlek', 'compileert'],
    forecast: ['voorspel\\p{L}*', 'prognose\\p{L}*', 'waarschijnlijkheid', 'kans dat', 'volgend (?:kwartaal|jaar)', 'volgende (?:maand|week)', 'zal (?:de|het)? ?\\p{L}+ (?:stijgen|dalen|winnen)'],
    policy: ['komt in aanmerking', 'in aanmerking (?:voor|komt|komen)', 'recht op', 'voldoet aan (?:het|de) (?:beleid|regels|wet)', 'volgens (?:het|ons) beleid', 'in strijd met'],
    legal: ['clausule\\p{L}*', 'beding\\p{L}*', 'contract\\p{L}*', 'aansprakelijk\\p{L}*', 'wet(?:telijk\\p{L}*)?', 'juridisch\\p{L}*', 'rechtsgeldig', 'aftrekbaar', 'advocaat', 'belastingadviseur', 'uitkering'],
    clinical: ['triage', 'symptom\\p{L}*', 'diagnose\\p{L}*', 'patiënt\\p{L}*', 'dosering', 'medicijn\\p{L}*'],
    grading: ['beoordeel (?:het|de|dit|deze) (?:essay|antwoord|opstel|oplossing)', 'beoordelingsrubriek', 'rubric', 'beoordeel de kwaliteit', 'is het antwoord (?:juist|correct)', 'feitencheck', 'factcheck', 'hallucin\\p{L}*', 'overtuigend'],
    'multi-hop': ['(?:op basis van|volgens|met behulp van) (?:de|deze|alle) (?:documenten|passages|fragmenten|artikelen|bronnen)', 'meerdere documenten', 'combineer (?:de )?informatie'],
    reasoning: ['stap voor stap', 'denk (?:goed|zorgvuldig) na', 'redeneer (?:stap|zorgvuldig)', 'laat je redenering zien'],
  },
  problemNames: ['vraag', 'vragen', 'probleem', 'opgave', 'raadsel', 'vergelijking'],
};
