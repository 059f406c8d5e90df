// Tuning batch 3 (split dev), Italian: see en.mjs.
const S = 'simple', M = 'moderate', C = 'complex';
export default [
  // shape: one label joined by "o" (twin: d3-responsabilita)
  { lang: 'it', slug: 'd3-reparto', label: S, why: 'route a provided request to one listed office, labels joined with "o"', user: 'Richiesta del cittadino:\n{richiesta}\n\nA quale ufficio va inoltrata: anagrafe, tributi, urbanistica o servizi sociali? Rispondi solo con il nome dell\'ufficio.', vars: ['richiesta'], max: 5, temp: 0 },
  { lang: 'it', slug: 'd3-responsabilita', label: C, why: 'assign legal liability for a provided traffic accident, one listed label (twin of d3-reparto)', user: 'Descrizione del sinistro:\n{sinistro}\n\nDi chi è la responsabilità secondo il codice della strada: conducente A, conducente B o concorso di colpa? Rispondi solo con l\'etichetta.', vars: ['sinistro'], max: 6, temp: 0 },
  // shape: a rating 1–5 (twin: d3-responsabilita)
  { lang: 'it', slug: 'd3-voto-recensione', label: S, why: 'star rating 1-5 of a provided hotel review', user: 'Recensione: {recensione}\n\nDa 1 a 5, quante stelle darebbe questo cliente? Solo il numero.', vars: ['recensione'], max: 1, temp: 0 },
  // shape: zod enum + 2 more fields (twin: d3-responsabilita)
  { lang: 'it', slug: 'd3-lingua-e-tono', label: S, why: 'language and tone of a provided e-mail, enum fields', sys: 'Smisti la posta in arrivo.', user: 'Email:\n{email}', vars: ['email'], max: 30, temp: 0, out: { lingua: 'enum:it|en|de|fr|altro', tono: 'enum:cortese|neutro|arrabbiato', richiedeRisposta: 'bool' } },
  // shape: number only (twin: d3-calcolo-interessi)
  { lang: 'it', slug: 'd3-conta-allegati', label: S, why: 'count the attachments listed in a provided e-mail, number only', user: 'Email:\n{email}\n\nQuanti allegati sono citati? Rispondi solo con il numero.', vars: ['email'], max: 2, temp: 0 },
  { lang: 'it', slug: 'd3-calcolo-interessi', label: C, why: 'compound interest computation from provided loan terms, number only (twin of d3-conta-allegati)', user: 'Condizioni del prestito:\n{condizioni}\n\nQuanto avrà pagato in interessi il cliente dopo 5 anni? Rispondi solo con il numero in euro.', vars: ['condizioni'], max: 8, temp: 0 },
  // shape: yes/no, .format (twin: d3-responsabilita)
  { lang: 'it', slug: 'd3-fuori-sede', label: S, why: 'is a provided reply an out-of-office message, sì/no, .format', style: 'format', user: 'Risposta ricevuta:\n{risposta}\n\nÈ una risposta automatica di assenza? Rispondi sì o no.', vars: ['risposta'], max: 2, temp: 0 },
];
