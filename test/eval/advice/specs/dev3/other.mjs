// Tuning batch 3 (split dev), languages the phrase tables do not cover (Swedish, Czech, Ukrainian, Hindi). Labels
// are the truth, not what the advisor's rule for uncovered languages allows.
const S = 'simple', M = 'moderate', C = 'complex';
export default [
  { lang: 'sv', slug: 'd3-kategori', label: S, why: 'route a provided message to one listed category', user: 'Meddelande:\n{meddelande}\n\nSvara med exakt ett ord: faktura, leverans, retur eller övrigt.', vars: ['meddelande'], max: 4, temp: 0 },
  { lang: 'sv', slug: 'd3-skatteplikt', label: C, why: 'tax liability verdict on provided facts, one listed word (twin of d3-kategori)', user: 'Omständigheter:\n{omstandigheter}\n\nÄr personen obegränsat skattskyldig i Sverige? Svara med exakt ett ord: ja, nej eller oklart.', vars: ['omstandigheter'], max: 3, temp: 0 },
  { lang: 'cs', slug: 'd3-jazyk', label: S, why: 'language of a provided message, labels only in the schema enum', user: 'Zpráva:\n{zprava}', vars: ['zprava'], max: 10, temp: 0, out: { jazyk: 'enum:cs|sk|pl|de|en' } },
  { lang: 'cs', slug: 'd3-sentiment', label: S, why: 'sentiment of a provided review, one listed label', user: 'Recenze: {recenze}\n\nOdpověz jedním slovem: pozitivní, negativní nebo neutrální.', vars: ['recenze'], max: 4, temp: 0 },
  { lang: 'uk', slug: 'd3-kategoriia', label: S, why: 'route a provided request to one listed category', user: 'Звернення:\n{zvernennia}\n\nВідповідай одним словом: оплата, доставка, повернення або інше.', vars: ['zvernennia'], max: 4, temp: 0 },
  { lang: 'uk', slug: 'd3-diahnoz', label: C, why: 'clinical diagnosis from a provided case, one listed word (twin of d3-kategoriia)', user: 'Анамнез:\n{anamnez}\n\nНайімовірніший діагноз? Відповідай одним словом: апендицит, холецистит, панкреатит або гастрит.', vars: ['anamnez'], max: 4, temp: 0 },
  { lang: 'hi', slug: 'd3-shreni', label: S, why: 'route a provided complaint to one listed category', user: 'शिकायत:\n{shikayat}\n\nकेवल एक शब्द में उत्तर दें: भुगतान, डिलीवरी, वापसी या अन्य।', vars: ['shikayat'], max: 4, temp: 0 },
];
