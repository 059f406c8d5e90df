// Tuning batch 3 (split dev), French: see en.mjs.
const S = 'simple', M = 'moderate', C = 'complex';
export default [
  // shape: number only (twin: d3-probleme-robinets)
  { lang: 'fr', slug: 'd3-nombre-articles', label: S, why: 'count the products named in a provided message, number only', user: 'Message du client :\n{message}\n\nCombien de produits différents sont mentionnés ? Réponds uniquement par un nombre.', vars: ['message'], max: 3, temp: 0 },
  { lang: 'fr', slug: 'd3-probleme-robinets', label: C, why: 'maths word problem with rates from provided figures, number only (twin of d3-nombre-articles)', user: 'Énoncé :\n{enonce}\n\nEn combien de minutes la cuve sera-t-elle pleine ? Réponds uniquement par un nombre.', vars: ['enonce'], max: 4, temp: 0 },
  // shape: XML-tagged label (twin: d3-diagnostic-panne)
  { lang: 'fr', slug: 'd3-categorie-xml', label: S, why: 'category of a provided ticket, answer inside an XML tag, labels listed', sys: 'Tu classes les tickets du support informatique.', user: '<ticket>\n{ticket}\n</ticket>\n\nRéponds avec <categorie>materiel</categorie>, <categorie>logiciel</categorie>, <categorie>reseau</categorie> ou <categorie>compte</categorie>.', vars: ['ticket'], max: 12, temp: 0 },
  { lang: 'fr', slug: 'd3-diagnostic-panne', label: C, why: 'root-cause diagnosis of an intermittent failure from provided traces, XML-tagged label (twin of d3-categorie-xml)', sys: 'Tu aides les ingénieurs de production.', user: '<traces>\n{traces}\n</traces>\n\nQuelle est la cause racine des pannes intermittentes ? Réponds avec <cause>concurrence</cause>, <cause>memoire</cause>, <cause>reseau</cause> ou <cause>configuration</cause>.', vars: ['traces'], max: 12, temp: 0 },
  // shape: yes/no, data in a second message (twin: d3-eligibilite-aide)
  { lang: 'fr', slug: 'd3-contient-telephone', label: S, why: 'does the provided message contain a phone number, oui/non, data in a second user message', user: 'Le message suivant contient-il un numéro de téléphone ? Réponds par oui ou non.', data: '{message}', vars: ['message'], max: 2, temp: 0 },
  { lang: 'fr', slug: 'd3-eligibilite-aide', label: C, why: 'eligibility for a housing benefit from a provided household file, oui/non (twin of d3-contient-telephone)', user: 'Le foyer décrit dans le message suivant a-t-il droit aux APL selon la réglementation en vigueur ? Réponds par oui ou non.', data: '{dossier}', vars: ['dossier'], max: 2, temp: 0 },
  // shape: a code (twin: d3-probleme-robinets)
  { lang: 'fr', slug: 'd3-code-devise', label: S, why: 'currency code of the amount in a provided text', style: 'concat', user: 'Donne le code ISO 4217 de la devise du montant, rien d\'autre.\nTexte : {texte}', vars: ['texte'], max: 3, temp: 0 },
  // shape: enum in pydantic, cap 1000 (twin: d3-diagnostic-panne)
  { lang: 'fr', slug: 'd3-urgence-cap1000', label: S, why: 'urgency of a provided maintenance request, enum field, cap 1000', user: 'Demande de maintenance :\n{demande}', vars: ['demande'], max: 1000, temp: 0, out: { urgence: 'enum:basse|normale|haute' } },
];
