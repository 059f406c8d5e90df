// Tuning batch 3 (split dev), Dutch: see en.mjs.
const S = 'simple', M = 'moderate', C = 'complex';
export default [
  // shape: one label joined by "of" (twin: d3-aansprakelijk)
  { lang: 'nl', slug: 'd3-afdeling', label: S, why: 'route a provided message to one listed department, labels joined with "of"', user: 'Bericht van de klant:\n{bericht}\n\nKies één afdeling: facturatie, levering, retouren of klantenservice. Antwoord alleen met de afdeling.', vars: ['bericht'], max: 5, temp: 0 },
  { lang: 'nl', slug: 'd3-aansprakelijk', label: C, why: 'liability verdict on a provided damage case, one listed label (twin of d3-afdeling)', sys: 'Je ondersteunt schadebehandelaars van een verzekeraar.', user: 'Schadedossier:\n{dossier}\n\nIs de verzekerde aansprakelijk volgens het Burgerlijk Wetboek? Kies één: volledig, gedeeltelijk of niet. Antwoord alleen met het woord.', vars: ['dossier'], max: 3, temp: 0 },
  // shape: sentiment, labels joined by "of" (twin: d3-aansprakelijk)
  { lang: 'nl', slug: 'd3-sentiment', label: S, why: 'sentiment of a provided review, positief, negatief of neutraal (twin: d3-aansprakelijk)', user: 'Recensie: {recensie}\n\nIs deze recensie positief, negatief of neutraal? Eén woord.', vars: ['recensie'], max: 3, temp: 0 },
  // shape: JSON bool (twin: d3-aansprakelijk)
  { lang: 'nl', slug: 'd3-bevat-iban', label: S, why: 'does a provided message contain an IBAN, JSON boolean schema (twin: d3-contract-enforceable)', user: 'Bericht:\n{bericht}\n\nStaat er een IBAN in dit bericht?', vars: ['bericht'], max: 10, temp: 0, out: { bevatIban: 'bool' } },
  // shape: postcode extraction (twin: d3-optimale-route)
  { lang: 'nl', slug: 'd3-postcode', label: S, why: 'extract the Dutch postcode from a provided address, concatenated', style: 'concat', user: 'Geef alleen de postcode (formaat 1234 AB) uit dit adres: {adres}', vars: ['adres'], max: 6, temp: 0 },
  { lang: 'nl', slug: 'd3-optimale-route', label: C, why: 'choose the optimal delivery order for provided stops under time windows (combinatorial optimisation), one postcode (twin of d3-postcode)', user: 'Bezorgadressen met tijdvensters:\n{adressen}\n\nWelk adres moet als eerste bezocht worden zodat alle tijdvensters gehaald worden? Geef alleen de postcode (formaat 1234 AB).', vars: ['adressen'], max: 6, temp: 0 },
  // shape: short title (twin: d3-aansprakelijk)
  { lang: 'nl', slug: 'd3-onderwerpregel', label: S, why: 'a short subject line for a provided e-mail body (short constrained generation; twin: d3-samenvatting-kort)', user: 'E-mailtekst:\n{tekst}\n\nSchrijf een onderwerpregel van maximaal zes woorden. Alleen de onderwerpregel.', vars: ['tekst'], max: 15, temp: 0.3 },
  { lang: 'nl', slug: 'd3-samenvatting-kort', label: M, why: 'open summary of a provided complaint in a few words, tiny cap (twin of d3-onderwerpregel)', user: 'Klacht:\n{klacht}\n\nVat de klacht samen in maximaal zes woorden.', vars: ['klacht'], max: 15, temp: 0.3 },
];
