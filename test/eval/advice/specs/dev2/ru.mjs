// Tuning batch (split dev), Russian: shape twins, see en.mjs.
const S = 'simple', M = 'moderate', C = 'complex';
export default [
  { lang: 'ru', slug: 'd2-luchshiy-variant', label: C, why: 'pick the best of the user-provided options for their constraints', sys: 'Ты помогаешь клиентам выбрать ипотечную программу.', user: 'Ситуация клиента: {situaciya}\n\nПрограммы, которые он рассматривает:\n{programmy}\n\nКакая программа выгоднее всего для него? Ответь только номером программы.', vars: ['situaciya', 'programmy'], max: 2, temp: 0 },
  { lang: 'ru', slug: 'd2-bez-orehov', label: S, why: 'pick the listed product without nuts (lookup)', user: 'Товары и состав:\n{tovary}\n\nКакой товар без орехов? Ответь только номером.', vars: ['tovary'], max: 2, temp: 0 },
  { lang: 'ru', slug: 'd2-dva-dokumenta', label: C, why: 'multi-hop yes/no across two provided documents', user: 'Договор аренды:\n{dogovor}\n\nАкт приёма-передачи:\n{akt}\n\nОбязан ли арендатор оплатить ремонт? Ответь да или нет.', vars: ['dogovor', 'akt'], max: 2, temp: 0 },
  { lang: 'ru', slug: 'd2-est-srok', label: S, why: 'yes/no: provided letter mentions a deadline', user: 'Письмо:\n{pismo}\n\nУпоминается ли в письме срок? Ответь да или нет.', vars: ['pismo'], max: 2, temp: 0 },
  { lang: 'ru', slug: 'd2-ocenka-startapa', label: C, why: 'judgement 0-100 of a startup pitch succeeding (forecast)', user: 'Питч стартапа:\n{pitch}\n\nОцени от 0 до 100 шансы, что стартап привлечёт инвестиции в этом году. Только число.', vars: ['pitch'], max: 4, temp: 0 },
  { lang: 'ru', slug: 'd2-pozitivnost', label: S, why: '0-100 positivity of a provided review', user: 'Отзыв:\n{otzyv}\n\nОцени от 0 до 100, насколько позитивен этот отзыв. Только число.', vars: ['otzyv'], max: 4, temp: 0 },
  { lang: 'ru', slug: 'd2-otvet-po-kontekstu', label: M, why: 'open answer from retrieved context, small cap', sys: 'Отвечай на вопрос пользователя только по найденным фрагментам ниже. Если ответа в них нет, так и скажи.', user: 'Фрагменты:\n{fragmenty}\n\nПользователь: {soobshchenie}', vars: ['fragmenty', 'soobshchenie'], max: 150, temp: 0.2 },
  { lang: 'ru', slug: 'd2-relevantnost', label: S, why: 'yes/no relevance of a provided passage', user: 'Запрос: {zapros}\nФрагмент: {fragment}\n\nФрагмент относится к запросу? Ответь да или нет.', vars: ['zapros', 'fragment'], max: 2, temp: 0 },
];
