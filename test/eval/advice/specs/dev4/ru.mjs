// Tuning batch dev4 (split dev), Russian: shape twins, see en.mjs.
const S = 'simple', M = 'moderate', C = 'complex';
export default [
  { lang: 'ru', slug: 'd4-dogovor-cena', label: C, why: 'contract judgement: may the supplier change the price unilaterally, yes/no', user: 'Договор поставки:\n{dogovor}\n\nМожет ли поставщик в одностороннем порядке изменить цену по этому договору? Ответь только да или нет.', vars: ['dogovor'], max: 2, temp: 0 },
  { lang: 'ru', slug: 'd4-dogovor-data', label: S, why: 'yes/no: provided contract states a signing date', user: 'Договор:\n{dogovor}\n\nУказана ли в договоре дата подписания? Ответь только да или нет.', vars: ['dogovor'], max: 2, temp: 0 },
  { lang: 'ru', slug: 'd4-fizika-skorost', label: C, why: 'physics numeric answer from a provided problem, number only', user: 'Задача:\n{zadacha}\n\nКакой будет скорость тела в м/с в конце третьей секунды? Ответь только числом.', vars: ['zadacha'], max: 4, temp: 0 },
  { lang: 'ru', slug: 'd4-nakladnaya-korobki', label: S, why: 'read the number of boxes from a provided waybill, number only', user: 'Накладная:\n{nakladnaya}\n\nСколько коробок указано в накладной? Ответь только числом.', vars: ['nakladnaya'], max: 4, temp: 0 },
  { lang: 'ru', slug: 'd4-moderaciya-ironiya', label: C, why: 'moderation edge case needing policy judgement (irony), one of two labels', user: 'Правила сообщества:\n{pravila}\n\nСообщение:\n{soobshchenie}\n\nС учётом контекста и иронии, нарушает ли сообщение правила? Ответь одним словом: оставить или удалить.', vars: ['pravila', 'soobshchenie'], max: 3, temp: 0 },
  { lang: 'ru', slug: 'd4-kakoy-test-upadet', label: C, why: 'code judgement: which provided test fails against the function, a number', user: 'Код функции:\n{kod}\n\nТесты:\n{testy}\n\nКакой тест упадёт? Ответь только номером теста.', vars: ['kod', 'testy'], max: 3, temp: 0 },
  { lang: 'ru', slug: 'd4-otvet-fragmenty', label: M, why: 'short open answer from retrieved fragments', sys: 'Отвечай только по приведённым фрагментам.', user: 'Фрагменты:\n{fragmenty}\n\nВопрос: {vopros}\n\nОтветь одним предложением.', vars: ['fragmenty', 'vopros'], max: 50, temp: 0 },
];
