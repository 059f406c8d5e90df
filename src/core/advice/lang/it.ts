import type { LanguageLexicon } from './types';

export const it: LanguageLexicon = {
  code: 'it', franc: 'ita',
  or: ['o', 'oppure'],
  oneOf: ['(?:una|uno) (?:tra|fra|d(?:ei|elle|egli))', 'scegli\\p{L}* (?:tra|fra|una|uno)', 'seleziona\\p{L}* (?:tra|fra|una|uno)', 'valori (?:consentiti|ammessi)'],
  yes: ['sì', 'si', 'vero'],
  no: ['no', 'falso'],
  number: ['tra \\d+ e \\d+', 'da \\d+ a \\d+', '(?:un|solo un|soltanto un) (?:numero|intero|punteggio|voto|percentuale)', 'solo il numero', 'valuta\\p{L}* (?:\\p{L}+ )?(?:da \\d|su una scala)', 'su una scala da', 'voto da \\d'],
  code_: ['codice (?:della |di )?(?:lingua|paese|valuta|nazione)', 'codice iso', 'formato (?:della )?data', 'codice (?:a|di) (?:due|tre) lettere'],
  oneWord: ['una (?:sola )?parola', '(?:solo|soltanto|solamente) (?:l\'etichetta|la categoria|la parola|il numero|il nome|il codice|la classe|con)', "nient'altro", 'nulla di più', 'senza spiegazion\\p{L}*', 'nessun altro testo'],
  only: ['solo', 'soltanto', 'solamente'],
  shortLimit: ['solo il (?:titolo|slogan)', '(?:al massimo|massimo|non più di|fino a) (?:\\d{1,2}|una|due|tre|quattro|cinque|sei|sette|otto|nove|dieci|dodici) (?:parole|caratteri)', '(?:\\d{1,2}|una|due|tre|quattro|cinque|sei|sette|otto|nove|dieci|dodici) parole'],
  extract: ['estrai\\p{L}*', 'estrarre'],
  hard: {
    'maths-logic': ['il doppio', 'il triplo', 'la metà d\\p{L}*', 'la somma d\\p{L}*', 'interesse composto', 'risolvi', 'risolvere', 'equazion\\p{L}*', 'aritmetica', 'matematic\\p{L}*', 'algebra', 'geometria', 'integral\\p{L}*', 'derivat\\p{L}*', 'indovinell\\p{L}*', 'rompicapo', 'enigma', 'problema di logica', 'calcola\\p{L}*', 'numeri primi'],
    proof: ['dimostr\\p{L}*', 'prova che', 'teorem\\p{L}*', 'congettur\\p{L}*', 'lemma'],
    game: ['shogi', 'partita di go', 'scacchi', 'scacco matto', '(?:mossa migliore|migliore mossa|prossima mossa|mossa vincente)', 'sudoku', 'poker', 'posizione (?:sulla|della) scacchiera'],
    'code-verdict': ['(?:errore|bug) nel codice', '(?:contiene|ha) (?:un )?bug', "c'è un bug", 'race condition', 'condizione di gara', 'deadlock', 'stallo', 'vulnerabil\\p{L}*', 'falla di sicurezza', 'problema di sicurezza', 'iniezione', 'memory leak', 'perdita di memoria', 'compila'],
    forecast: ['previsio\\p{L}*', 'prevedi', 'prevedere', 'predi\\p{L}*', 'probabilità che', 'prossimo (?:trimestre|anno|mese)', '(?:salirà|scenderà|vincerà)'],
    policy: ['idone\\p{L}*', 'ammissibil\\p{L}*', 'ha diritto a', 'conform\\p{L}* (?:a|alla|alle)', 'secondo (?:la|la nostra) policy', 'secondo (?:la|la nostra) politica', 'viola (?:la|le|il)', 'gdpr'],
    legal: ['clausol\\p{L}*', 'contratt\\p{L}*', 'legge', 'legal\\p{L}*', 'giuridic\\p{L}*', 'normativa', 'diritto a', 'ha diritto', 'detrazion\\p{L}*', 'deducibil\\p{L}*', 'avvocato', 'consulente fiscale', 'commercialista'],
    clinical: ['triage', 'sintom\\p{L}*', 'diagnos\\p{L}*', 'pazient\\p{L}*', 'dosaggio', 'farmac\\p{L}*'],
    grading: ['valuta (?:il|la|questo|questa) (?:tema|saggio|risposta|soluzione|elaborato)', 'griglia di valutazione', 'rubrica di valutazione', 'valuta la qualità', 'la (?:risposta|soluzione) è corretta', 'verifica dei fatti', 'fact-check', 'allucinazion\\p{L}*', 'convincente'],
    'multi-hop': ['(?:in base a|secondo|usando) (?:i|questi|tutti i) (?:documenti|passaggi|brani|articoli|testi)', 'più documenti', 'combina (?:le )?informazioni'],
    reasoning: ['passo (?:dopo|per) passo', 'pensa (?:con attenzione|attentamente|bene)', 'ragiona (?:passo|con attenzione)', 'mostra il tuo ragionamento'],
  },
  problemNames: ['domanda', 'domande', 'problema', 'quesito', 'enigma', 'equazione'],
};
