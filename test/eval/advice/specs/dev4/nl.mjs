// Tuning batch dev4 (split dev), Dutch: shape twins, see en.mjs.
const S = 'simple', M = 'moderate', C = 'complex';
export default [
  { lang: 'nl', slug: 'd4-puzzel-kleur', label: C, why: 'logic puzzle: the placeholder is the puzzle, one word', user: 'Puzzel:\n{puzzel}\n\nWelke kleur heeft het huis van de bakker? Antwoord met één woord.', vars: ['puzzel'], max: 3, temp: 0 },
  { lang: 'nl', slug: 'd4-kleur-product', label: S, why: 'extract the colour of a provided product description, one word', user: 'Productbeschrijving:\n{beschrijving}\n\nWelke kleur heeft het product? Antwoord met één woord.', vars: ['beschrijving'], max: 3, temp: 0 },
  { lang: 'nl', slug: 'd4-dosis-kind', label: C, why: 'paediatric dosage from provided child data, number only', sys: 'Je ondersteunt apothekersassistenten.', user: 'Gegevens van het kind:\n{kindgegevens}\n\nHoeveel ml paracetamolstroop mag dit kind per keer krijgen? Alleen het getal.', vars: ['kindgegevens'], max: 4, temp: 0 },
  { lang: 'nl', slug: 'd4-dosis-bijsluiter', label: S, why: 'read the dose stated in a provided leaflet, number only', user: 'Bijsluiter:\n{bijsluiter}\n\nHoeveel ml per keer vermeldt de bijsluiter? Alleen het getal.', vars: ['bijsluiter'], max: 4, temp: 0 },
  { lang: 'nl', slug: 'd4-query-index', label: C, why: 'code judgement: does the query use an index given the schema, yes/no', user: 'Query:\n{query}\n\nSchema en indexen:\n{schema}\n\nGebruikt de database voor deze query een index? Antwoord alleen met ja of nee.', vars: ['query', 'schema'], max: 2, temp: 0 },
  { lang: 'nl', slug: 'd4-query-select', label: S, why: 'yes/no: is the provided statement a SELECT', user: 'Query:\n{query}\n\nIs dit een SELECT-query? Antwoord alleen met ja of nee.', vars: ['query'], max: 2, temp: 0 },
  { lang: 'nl', slug: 'd4-herschrijf-kort', label: M, why: 'rewrite a provided description in at most 20 words', user: 'Herschrijf deze productbeschrijving in maximaal 20 woorden:\n{beschrijving}', vars: ['beschrijving'], max: 40, temp: 0.3 },
];
