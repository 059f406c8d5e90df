// Dutch call sites. Labels written by hand before the tool was run (see ../README.md).
const S = 'simple', M = 'moderate', C = 'complex';
const L = 'nl';
export default [
  { lang: L, slug: 'categorie-vraag', label: S, why: 'closed category list', sys: 'Deel de klantvraag in bij één categorie: facturatie, bezorging, retour, account, overig. Antwoord alleen met de categorie.', user: '{vraag}', vars: ['vraag'], max: 4, temp: 0 },
  { lang: L, slug: 'sentiment-review', label: S, why: 'three listed labels', user: 'Review: {review}\nIs het sentiment positief, negatief of neutraal? Alleen het woord.', vars: ['review'], max: 3, temp: 0 },
  { lang: L, slug: 'alert-wakker-maken', label: S, why: 'ja/nee on alert', user: 'Monitoringmelding: {melding}\nMoet de dienstdoende engineer nu gebeld worden? Antwoord ja of nee.', vars: ['melding'], max: 2, temp: 0 },
  { lang: L, slug: 'urgentie', label: S, why: 'one of four listed words', user: 'Bericht: {bericht}\nUrgentie: laag, normaal, hoog of kritiek? Eén woord.', vars: ['bericht'], max: 3, temp: 0 },
  { lang: L, slug: 'factuur-velden', label: S, why: 'extract fields', sys: 'Haal gegevens uit facturen.', user: 'Factuur:\n{factuur}\n\nGeef KvK-nummer, factuurdatum en totaalbedrag.', vars: ['factuur'], max: 60, temp: 0, out: { kvk: 'string', datum: 'string', totaal: 'number' } },
  { lang: L, slug: 'korte-titel', label: S, why: 'six-word title', user: 'Geef dit gesprek een titel van hoogstens zes woorden:\n{gesprek}', vars: ['gesprek'], max: 16, temp: 0.3 },
  { lang: L, slug: 'is-spam', label: S, why: 'yes/no on provided message', user: 'Is dit bericht spam? true of false\n\n{bericht}', vars: ['bericht'], max: 2, temp: 0 },
  { lang: L, slug: 'score-json', label: S, why: 'JSON one integer field', user: 'Feedback: {feedback}\nGeef alleen {"score": N} terug met N van 1 tot 5.', vars: ['feedback'], max: 10, temp: 0, out: 'json' },
  { lang: L, slug: 'afdeling', label: S, why: 'closed list of departments', sys: 'Afdelingen: klantenservice, financiën, juridisch, techniek. Noem alleen de afdeling die dit oppakt.', user: '{mail}', vars: ['mail'], max: 3, temp: 0, konst: true, konstName: 'AFDELINGEN_PROMPT' },
  { lang: L, slug: 'slogan', label: S, why: 'five-word slogan', user: 'Bedenk een slogan van vijf woorden voor {merk}, een {soort}.', vars: ['merk', 'soort'], max: 16, temp: 0.9 },
  { lang: L, slug: 'postcode', label: S, why: 'extract Dutch postcode', user: 'Welke postcode staat in dit adres? Formaat 1234 AB.\n{adres}', vars: ['adres'], max: 5, temp: 0 },
  // moderate
  { lang: L, slug: 'klantantwoord', label: M, why: 'free-form reply with history', sys: 'Je bent de digitale assistent van een energieleverancier. Antwoord vriendelijk en duidelijk, gebruik "je".', user: '{bericht}', vars: ['bericht'], history: true, max: 400, temp: 0.4 },
  { lang: L, slug: 'samenvatting-notulen', label: M, why: 'open summary', user: 'Vat deze notulen samen in maximaal vijf bullets met besluiten en actiepunten:\n\n{notulen}', vars: ['notulen'], max: 350, temp: 0.2 },
  { lang: L, slug: 'herschrijven-b1', label: M, why: 'rewrite to B1 level', user: 'Herschrijf deze brief op taalniveau B1, zonder informatie weg te laten:\n\n{brief}', vars: ['brief'], max: 500, temp: 0.3 },
  // complex
  { lang: L, slug: 'rekensom', label: C, why: 'maths word problem, number', user: 'Een fietser rijdt heen met {v} km/u en terug met 15 km/u over dezelfde route. Wat is zijn gemiddelde snelheid over de hele rit in km/u? Alleen het getal, afgerond op één decimaal.', vars: ['v'], max: 5, temp: 0 },
  { lang: L, slug: 'beveiliging-oordeel', label: C, why: 'security yes/no', user: 'Bevat deze code een authenticatie-bypass? Antwoord ja of nee.\n\n{code}', vars: ['code'], max: 2, temp: 0 },
  { lang: L, slug: 'recht-toeslag', label: C, why: 'legal eligibility under rules', sys: 'Je beoordeelt recht op huurtoeslag volgens de regels van de Belastingdienst (inkomen, vermogen, huur, leeftijd).', user: 'Situatie: {situatie}\nRecht op huurtoeslag? JA of NEE.', vars: ['situatie'], max: 2, temp: 0 },
  { lang: L, slug: 'code-review', label: C, why: 'code-review verdict', user: 'Beoordeel deze wijziging op correctheid en thread-safety. Oordeel: GOEDKEUREN of AFKEUREN.\n\n{diff}', vars: ['diff'], max: 3, temp: 0 },
  { lang: L, slug: 'scriptie-beoordeling', label: C, why: 'judgement-heavy grading', sys: 'Beoordeel het hoofdstuk van de scriptie op onderzoeksopzet, methodologie en onderbouwing. Geef een cijfer van 1 tot 10.', user: '{hoofdstuk}', vars: ['hoofdstuk'], max: 20, temp: 0, out: { cijfer: 'number' } },
];
