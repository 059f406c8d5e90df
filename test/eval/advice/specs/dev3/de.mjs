// Tuning batch 3 (split dev), German: see en.mjs.
const S = 'simple', M = 'moderate', C = 'complex';
export default [
  // shape: one label out of a list whose last item follows "oder" (twin: d3-kuendigung-wirksam)
  { lang: 'de', slug: 'd3-anliegen-routing', label: S, why: 'route a provided customer message to one listed concern', sys: 'Du leitest Kundennachrichten eines Energieversorgers weiter.', user: 'Nachricht:\n{nachricht}\n\nOrdne die Nachricht genau einer Kategorie zu: Zählerstand, Abschlag, Umzug, Tarifwechsel oder Störung. Gib nur die Kategorie aus.', vars: ['nachricht'], max: 6, temp: 0 },
  { lang: 'de', slug: 'd3-kuendigung-wirksam', label: C, why: 'labour-law verdict on a provided dismissal, one listed label (twin of d3-anliegen-routing)', sys: 'Du unterstützt eine Kanzlei für Arbeitsrecht.', user: 'Sachverhalt:\n{sachverhalt}\n\nIst die Kündigung nach deutschem Recht wirksam? Antworte mit genau einem Wort: wirksam, unwirksam oder unklar.', vars: ['sachverhalt'], max: 4, temp: 0 },
  // shape: JSON boolean flags, data concatenated (twin: d3-kuendigung-wirksam)
  { lang: 'de', slug: 'd3-pii-flag', label: S, why: 'does a provided support text contain personal data (PII flag), JSON boolean, concatenated', style: 'concat', user: 'Enthält der folgende Text personenbezogene Daten wie Namen, Adressen, Telefonnummern oder IBANs? Antworte nur mit JSON: {"personenbezogen": true} oder {"personenbezogen": false}.\n\nText:\n{text}', vars: ['text'], max: 10, temp: 0, out: 'json' },
  // shape: a rating 1–5 (twin: d3-bonitaet-stufe)
  { lang: 'de', slug: 'd3-zufriedenheit', label: S, why: 'satisfaction 1-5 of a provided survey answer', user: 'Antwort aus der Mitarbeiterbefragung:\n{antwort}\n\nWie zufrieden ist die Person auf einer Skala von 1 bis 5? Nur die Ziffer.', vars: ['antwort'], max: 1, temp: 0 },
  { lang: 'de', slug: 'd3-bonitaet-stufe', label: C, why: 'credit-worthiness grade 1-5 of a company from provided financial statements (judgement, twin of d3-zufriedenheit)', sys: 'Du bewertest Firmenkunden für die Kreditabteilung.', user: 'Jahresabschluss und Kontodaten:\n{finanzdaten}\n\nWie kreditwürdig ist das Unternehmen auf einer Skala von 1 bis 5? Nur die Ziffer.', vars: ['finanzdaten'], max: 1, temp: 0 },
  // shape: one code (twin: d3-anwendbares-recht)
  { lang: 'de', slug: 'd3-laendercode', label: S, why: 'normalise a provided country name to its ISO 3166 alpha-2 code, .format', style: 'format', user: 'Land: {land}\n\nGib den zweistelligen ISO-3166-Ländercode zurück, sonst nichts.', vars: ['land'], max: 2, temp: 0 },
  { lang: 'de', slug: 'd3-anwendbares-recht', label: C, why: 'which country\'s law governs a provided cross-border contract (conflict of laws), country code (twin of d3-laendercode)', user: 'Vertrag:\n{vertrag}\n\nDas Recht welches Staates ist nach der Rom-I-Verordnung auf diesen Vertrag anzuwenden? Gib den zweistelligen ISO-3166-Ländercode zurück, sonst nichts.', vars: ['vertrag'], max: 2, temp: 0 },
  // shape: pydantic/zod enum field only (twin: d3-kuendigung-wirksam)
  { lang: 'de', slug: 'd3-sprache-enum', label: S, why: 'language of a provided message, labels only in the schema enum', sys: 'Du sortierst eingehende E-Mails nach Sprache.', user: 'E-Mail:\n{email}', vars: ['email'], max: 10, temp: 0, out: { sprache: 'enum:de|en|fr|it|sonstige' } },
];
