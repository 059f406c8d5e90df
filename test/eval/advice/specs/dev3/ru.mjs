// Tuning batch 3 (split dev), Russian: see en.mjs.
const S = 'simple', M = 'moderate', C = 'complex';
export default [
  // shape: one label joined by "или" (twin: d3-kvalifikatsiya)
  { lang: 'ru', slug: 'd3-otdel', label: S, why: 'route a provided request to one listed department', user: 'Обращение:\n{obrashchenie}\n\nК какому отделу относится обращение: бухгалтерия, склад, доставка или юристы? Ответь одним словом.', vars: ['obrashchenie'], max: 4, temp: 0 },
  { lang: 'ru', slug: 'd3-kvalifikatsiya', label: C, why: 'criminal-law qualification of provided facts, one listed label (twin of d3-otdel)', user: 'Фабула дела:\n{fabula}\n\nКак квалифицировать деяние по УК РФ: кража, грабёж, разбой или мошенничество? Ответь одним словом.', vars: ['fabula'], max: 4, temp: 0 },
  // shape: number only (twin: d3-zadacha-skorost)
  { lang: 'ru', slug: 'd3-kolichestvo', label: S, why: 'count the people listed in a provided message, number only', user: 'Сообщение:\n{soobshchenie}\n\nСколько человек записались на экскурсию? Ответь только числом.', vars: ['soobshchenie'], max: 2, temp: 0 },
  { lang: 'ru', slug: 'd3-zadacha-skorost', label: C, why: 'speed word problem from provided figures, number only (twin of d3-kolichestvo)', user: 'Условие:\n{uslovie}\n\nЧерез сколько часов катер догонит баржу? Ответь только числом.', vars: ['uslovie'], max: 3, temp: 0 },
  // shape: да/нет, .format (twin: d3-kvalifikatsiya)
  { lang: 'ru', slug: 'd3-avtootvet', label: S, why: 'is a provided reply an auto-reply, да/нет, .format', style: 'format', user: 'Письмо:\n{pismo}\n\nЭто автоматический ответ? Ответь да или нет.', vars: ['pismo'], max: 2, temp: 0 },
  // shape: enum only in schema (twin: d3-triage-level)
  { lang: 'ru', slug: 'd3-tonalnost-enum', label: S, why: 'sentiment of a provided review, labels only in the schema enum', sys: 'Ты анализируешь отзывы покупателей.', user: 'Отзыв:\n{otzyv}', vars: ['otzyv'], max: 10, temp: 0, out: { sentiment: 'enum:positive|negative|neutral' } },
  // shape: code (twin: d3-anwendbares-recht)
  { lang: 'ru', slug: 'd3-kod-valyuty', label: S, why: 'currency code of a provided price string, concatenated', style: 'concat', user: 'Укажи трёхбуквенный код валюты ISO 4217 для этой цены, только код: {tsena}', vars: ['tsena'], max: 3, temp: 0 },
];
