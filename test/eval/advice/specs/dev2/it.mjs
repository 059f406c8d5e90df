// Tuning batch (split dev), Italian: shape twins, see en.mjs.
const S = 'simple', M = 'moderate', C = 'complex';
export default [
  { lang: 'it', slug: 'd2-problema-sconti', label: C, why: 'maths word problem from provided figures, number only', user: 'Dati dell\'ordine e sconti applicati:\n{dati}\n\nQuanto paga il cliente alla fine, in euro? Rispondi solo con il numero.', vars: ['dati'], max: 6, temp: 0 },
  { lang: 'it', slug: 'd2-conta-righe', label: S, why: 'count the items in a provided list', user: 'Lista della spesa:\n{lista}\n\nQuanti prodotti ci sono nella lista? Rispondi solo con il numero.', vars: ['lista'], max: 3, temp: 0 },
  { lang: 'it', slug: 'd2-offerta-migliore', label: C, why: 'pick the best of the user-provided offers for their needs', sys: 'Aiuti le famiglie a scegliere tra offerte di luce e gas.', user: 'Consumi e abitudini della famiglia:\n{consumi}\n\nOfferte ricevute:\n{offerte}\n\nQual è l\'offerta più conveniente per loro? Rispondi solo con il numero dell\'offerta.', vars: ['consumi', 'offerte'], max: 2, temp: 0 },
  { lang: 'it', slug: 'd2-piatto-vegano', label: S, why: 'pick the listed dish that is vegan (lookup)', user: 'Piatti con ingredienti:\n{piatti}\n\nQuale piatto è vegano? Rispondi solo con il numero.', vars: ['piatti'], max: 2, temp: 0 },
  { lang: 'it', slug: 'd2-permessi-file', label: C, why: 'security verdict on provided deployment script, boolean', user: 'Script di deploy:\n{script_deploy}\n\nLo script lascia credenziali leggibili da altri utenti del server? Rispondi true o false.', vars: ['script_deploy'], max: 2, temp: 0 },
  { lang: 'it', slug: 'd2-contiene-iban', label: S, why: 'boolean: provided message contains an IBAN', user: 'Messaggio:\n{messaggio}\n\nIl messaggio contiene un IBAN? Rispondi true o false.', vars: ['messaggio'], max: 2, temp: 0 },
  { lang: 'it', slug: 'd2-riassunto-breve', label: M, why: 'open summary, tiny cap', user: 'Riassumi in una frase breve questo reclamo per il collega del turno successivo:\n{reclamo}', vars: ['reclamo'], max: 30, temp: 0.2 },
  { lang: 'it', slug: 'd2-titolo-ticket', label: S, why: 'short title for a provided ticket', user: 'Ticket:\n{ticket}\n\nScrivi un titolo di massimo sei parole.', vars: ['ticket'], max: 14, temp: 0.3 },
];
