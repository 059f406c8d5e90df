// Italian call sites. Labels written by hand before the tool was run (see ../README.md).
const S = 'simple', M = 'moderate', C = 'complex';
const L = 'it';
export default [
  { lang: L, slug: 'categoria-richiesta', label: S, why: 'closed category list', sys: 'Assegna la richiesta a una categoria tra: fatturazione, spedizione, reso, account, altro. Rispondi solo con la categoria.', user: '{richiesta}', vars: ['richiesta'], max: 4, temp: 0 },
  { lang: L, slug: 'sentimento-recensione', label: S, why: 'three listed labels', user: 'Recensione: {recensione}\nIl sentimento è positivo, negativo o neutro? Una parola.', vars: ['recensione'], max: 3, temp: 0 },
  { lang: L, slug: 'allarme-reperibilita', label: S, why: 'sì/no on provided alert', user: 'Allarme: {allarme}\nBisogna chiamare il reperibile adesso? Rispondi sì o no.', vars: ['allarme'], max: 2, temp: 0 },
  { lang: L, slug: 'priorita-segnalazione', label: S, why: 'one of four listed words', sys: 'Indica la priorità della segnalazione con una parola tra: bassa, media, alta, urgente.', user: '{segnalazione}', vars: ['segnalazione'], max: 3, temp: 0 },
  { lang: L, slug: 'dati-fattura', label: S, why: 'extract fields', user: 'Dalla fattura estrai partita IVA, data e importo totale.\n\n{fattura}', vars: ['fattura'], max: 60, temp: 0, out: { partitaIva: 'string', data: 'string', totale: 'number' } },
  { lang: L, slug: 'titolo-ricetta', label: S, why: 'short title', user: 'Ingredienti e procedimento:\n{ricetta}\nDai un titolo alla ricetta, massimo sei parole.', vars: ['ricetta'], max: 16, temp: 0.5 },
  { lang: L, slug: 'e-spam', label: S, why: 'boolean on provided message', user: 'Messaggio: {messaggio}\nÈ spam?', vars: ['messaggio'], max: 10, temp: 0, out: { spam: 'bool' } },
  { lang: L, slug: 'voto-json', label: S, why: 'JSON one integer field', user: 'Commento dell\'ospite: {commento}\nRestituisci {"voto": N}, N da 1 a 10.', vars: ['commento'], max: 10, temp: 0, out: 'json' },
  { lang: L, slug: 'reparto', label: S, why: 'closed list of departments', sys: 'Reparti: amministrazione, magazzino, vendite, assistenza tecnica. Rispondi soltanto con il reparto competente.', user: 'Email: {email}', vars: ['email'], max: 4, temp: 0, konst: true, konstName: 'PROMPT_REPARTI' },
  { lang: L, slug: 'slogan-cinque', label: S, why: 'five-word slogan', user: 'Scrivi uno slogan di cinque parole per: {prodotto}', vars: ['prodotto'], max: 16, temp: 0.8 },
  { lang: L, slug: 'lingua-codice', label: S, why: 'language code', user: 'In che lingua è scritto questo testo? Solo il codice ISO a due lettere.\n{testo}', vars: ['testo'], max: 2, temp: 0 },
  // moderate
  { lang: L, slug: 'risposta-cliente', label: M, why: 'free-form reply with history', sys: 'Sei l\'assistente clienti di un\'agenzia di viaggi. Rispondi in modo cortese e conciso.', user: '{messaggio}', vars: ['messaggio'], history: true, max: 400, temp: 0.4 },
  { lang: L, slug: 'riassunto-verbale', label: M, why: 'open summary', user: 'Riassumi il verbale del consiglio in cinque punti elenco:\n\n{verbale}', vars: ['verbale'], max: 350, temp: 0.2 },
  { lang: L, slug: 'descrizione-annuncio', label: M, why: 'open marketing copy', user: 'Scrivi un annuncio di 80 parole per questo appartamento in affitto: {dati}', vars: ['dati'], max: 200, temp: 0.8 },
  // complex
  { lang: L, slug: 'problema-matematica', label: C, why: 'maths word problem, number', user: 'In una classe, se si siedono 3 studenti per banco restano 2 studenti in piedi; se si siedono 4 per banco restano {liberi} banchi vuoti. Quanti studenti ci sono? Rispondi solo con il numero.', vars: ['liberi'], max: 4, temp: 0 },
  { lang: L, slug: 'vulnerabilita-codice', label: C, why: 'security yes/no', user: 'Questo codice è vulnerabile a SSRF? Rispondi sì o no.\n\n{codice}', vars: ['codice'], max: 2, temp: 0 },
  { lang: L, slug: 'diritto-bonus', label: C, why: 'legal eligibility', sys: 'Sei un consulente fiscale esperto della normativa italiana sulle detrazioni edilizie.', user: 'Caso: {caso}\nIl contribuente può accedere alla detrazione? Rispondi SÌ o NO.', vars: ['caso'], max: 2, temp: 0 },
  { lang: L, slug: 'valutazione-tema', label: C, why: 'judgement-heavy grading', sys: 'Valuta il tema secondo la griglia ministeriale (pertinenza, argomentazione, correttezza linguistica) con un voto in decimi.', user: 'Traccia: {traccia}\n\nTema:\n{tema}', vars: ['traccia', 'tema'], max: 20, temp: 0, out: { voto: 'number' } },
  { lang: L, slug: 'verdetto-review', label: C, why: 'code-review verdict', user: 'Valuta questa pull request: introduce un bug? Rispondi APPROVA o RIFIUTA.\n\n{diff}', vars: ['diff'], max: 3, temp: 0 },
  { lang: L, slug: 'sintesi-sentenze', label: C, why: 'long-document legal synthesis', user: 'Confronta le sentenze allegate, individua l\'orientamento prevalente e le divergenze:\n\n{sentenze}', vars: ['sentenze'], max: 1500, temp: 0.2 },
];
