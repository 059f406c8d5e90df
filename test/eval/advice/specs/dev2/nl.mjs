// Tuning batch (split dev), Dutch: shape twins, see en.mjs.
const S = 'simple', M = 'moderate', C = 'complex';
export default [
  { lang: 'nl', slug: 'd2-triage-urgentie', label: C, why: 'medical urgency judgement, one listed label', sys: 'Je ondersteunt de doktersassistent aan de telefoon.', user: 'Klachten van de beller:\n{klachten}\n\nHoe snel moet deze persoon gezien worden? Kies één: direct, vandaag, deze week, advies.', vars: ['klachten'], max: 4, temp: 0 },
  { lang: 'nl', slug: 'd2-afdeling', label: S, why: 'route a provided message to one listed department', user: 'Bericht:\n{bericht}\n\nWelke afdeling? Kies één: afspraken, facturen, recepten, overig.', vars: ['bericht'], max: 4, temp: 0 },
  { lang: 'nl', slug: 'd2-slagingskans-score', label: C, why: 'judgement 0-100 of a business plan succeeding (forecast)', user: 'Ondernemingsplan:\n{plan}\n\nGeef een score van 0 tot 100 voor de kans dat dit bedrijf over drie jaar nog bestaat. Alleen het getal.', vars: ['plan'], max: 4, temp: 0 },
  { lang: 'nl', slug: 'd2-toon-score', label: S, why: '0-100 positivity of a provided review', user: 'Recensie:\n{recensie}\n\nGeef een score van 0 tot 100 voor hoe positief deze recensie is. Alleen het getal.', vars: ['recensie'], max: 4, temp: 0 },
  { lang: 'nl', slug: 'd2-twee-documenten', label: C, why: 'multi-hop yes/no across two provided documents', user: 'Polisvoorwaarden:\n{voorwaarden}\n\nSchademelding:\n{melding}\n\nIs deze schade gedekt? Antwoord met ja of nee.', vars: ['voorwaarden', 'melding'], max: 2, temp: 0 },
  { lang: 'nl', slug: 'd2-noemt-bedrag', label: S, why: 'yes/no: provided e-mail mentions an amount', user: 'E-mail:\n{mail}\n\nNoemt de e-mail een bedrag? Antwoord met ja of nee.', vars: ['mail'], max: 2, temp: 0 },
  { lang: 'nl', slug: 'd2-antwoord-context', label: M, why: 'open answer from retrieved context, small cap', sys: 'Beantwoord de vraag van de klant alleen met de fragmenten hieronder. Staat het antwoord er niet in, zeg dat dan.', user: 'Fragmenten:\n{fragmenten}\n\nKlant: {bericht}', vars: ['fragmenten', 'bericht'], max: 150, temp: 0.2 },
  { lang: 'nl', slug: 'd2-fragment-relevant', label: S, why: 'yes/no relevance of a provided passage', user: 'Zoekvraag: {zoekterm}\nFragment: {fragment}\n\nIs het fragment relevant? ja of nee', vars: ['zoekterm', 'fragment'], max: 2, temp: 0 },
];
