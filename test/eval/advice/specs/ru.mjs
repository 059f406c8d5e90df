// Russian call sites. Labels written by hand before the tool was run (see ../README.md).
const S = 'simple', M = 'moderate', C = 'complex';
const L = 'ru';
export default [
  { lang: L, slug: 'kategoriya-obrashcheniya', label: S, why: 'closed category list', sys: 'Отнеси обращение клиента к одной из категорий: оплата, доставка, возврат, аккаунт, другое. Ответь только названием категории.', user: '{obrashchenie}', vars: ['obrashchenie'], max: 4, temp: 0 },
  { lang: L, slug: 'tonalnost-otzyva', label: S, why: 'three listed labels', user: 'Отзыв: {otzyv}\nТональность: позитивная, негативная или нейтральная? Одно слово.', vars: ['otzyv'], max: 3, temp: 0 },
  { lang: L, slug: 'alert-dezhurnyj', label: S, why: 'да/нет on alert', user: 'Алерт мониторинга: {alert}\nНужно ли прямо сейчас будить дежурного инженера? Ответь «да» или «нет».', vars: ['alert'], max: 2, temp: 0 },
  { lang: L, slug: 'srochnost', label: S, why: 'one of four listed words', sys: 'Оцени срочность сообщения одним словом: низкая, средняя, высокая, критическая.', user: '{soobshchenie}', vars: ['soobshchenie'], max: 3, temp: 0 },
  { lang: L, slug: 'schet-polya', label: S, why: 'extract fields', user: 'Извлеки из счёта ИНН продавца, дату и итоговую сумму.\n\n{schet}', vars: ['schet'], max: 60, temp: 0, out: { inn: 'string', data: 'string', summa: 'number' } },
  { lang: L, slug: 'zagolovok', label: S, why: 'six-word title', user: 'Придумай заголовок не длиннее шести слов для этой заметки:\n{zametka}', vars: ['zametka'], max: 20, temp: 0.4 },
  { lang: L, slug: 'spam-li', label: S, why: 'yes/no on message', user: 'Это сообщение — спам? true или false\n\n{soobshchenie}', vars: ['soobshchenie'], max: 2, temp: 0 },
  { lang: L, slug: 'ocenka-json', label: S, why: 'JSON one integer field', user: 'Комментарий: {kommentarij}\nВерни только {"score": N}, где N от 1 до 5.', vars: ['kommentarij'], max: 10, temp: 0, out: 'json' },
  { lang: L, slug: 'otdel', label: S, why: 'closed department list', sys: 'Отделы: бухгалтерия, отдел кадров, юридический отдел, ИТ. Назови только отдел, который должен заняться письмом.', user: '{pismo}', vars: ['pismo'], max: 5, temp: 0, konst: true, konstName: 'OTDELY_PROMPT' },
  { lang: L, slug: 'slogan-pyat-slov', label: S, why: 'five-word slogan', user: 'Продукт: {produkt}\nНапиши слоган из пяти слов.', vars: ['produkt'], max: 16, temp: 0.8 },
  { lang: L, slug: 'kod-valyuty', label: S, why: 'ISO currency code', user: 'Строка с ценой: «{cena}». Ответь кодом валюты ISO 4217.', vars: ['cena'], max: 3, temp: 0 },
  { lang: L, slug: 'moderaciya', label: S, why: 'closed moderation label via schema', sys: 'Модерация комментариев: допустимо, оскорбление, реклама.', user: '{kommentarij}', vars: ['kommentarij'], max: 6, temp: 0, out: { verdikt: 'enum:допустимо|оскорбление|реклама' } },
  // moderate
  { lang: L, slug: 'otvet-klientu', label: M, why: 'free-form reply with history', sys: 'Ты — виртуальный помощник службы поддержки интернет-магазина. Отвечай вежливо и по делу, обращайся на «вы».', user: '{soobshchenie}', vars: ['soobshchenie'], history: true, max: 400, temp: 0.4 },
  { lang: L, slug: 'rezyume-vstrechi', label: M, why: 'open summary', user: 'Кратко перескажи стенограмму встречи: решения, открытые вопросы, задачи с ответственными.\n\n{stenogramma}', vars: ['stenogramma'], max: 500, temp: 0.2 },
  { lang: L, slug: 'perepisat-prosto', label: M, why: 'rewrite in plain language', user: 'Перепиши этот текст договора простым языком, ничего не упуская:\n\n{tekst}', vars: ['tekst'], max: 500, temp: 0.3 },
  // complex
  { lang: L, slug: 'zadacha-chislo', label: C, why: 'maths word problem, number', user: 'Лодка прошла {d} км по течению и столько же против течения за 7 часов. Скорость течения 2 км/ч. Какова собственная скорость лодки в км/ч? Ответь только числом.', vars: ['d'], max: 4, temp: 0 },
  { lang: L, slug: 'uyazvimost', label: C, why: 'security yes/no', sys: 'Ты эксперт по безопасности веб-приложений.', user: 'Есть ли в этом коде уязвимость типа path traversal? Ответь «да» или «нет».\n\n{kod}', vars: ['kod'], max: 2, temp: 0 },
  { lang: L, slug: 'shahmatnyj-hod', label: C, why: 'chess move', user: 'Позиция (FEN): {fen}\nХод белых. Назови лучший ход в нотации UCI, без пояснений.', vars: ['fen'], max: 5, temp: 0 },
  { lang: L, slug: 'pravo-na-vychet', label: C, why: 'tax eligibility yes/no', sys: 'Ты налоговый консультант, знаешь Налоговый кодекс РФ.', user: 'Ситуация: {situaciya}\nИмеет ли человек право на имущественный налоговый вычет? Ответь ДА или НЕТ.', vars: ['situaciya'], max: 2, temp: 0 },
  { lang: L, slug: 'revyu-koda', label: C, why: 'code-review verdict', user: 'Проверь изменения на ошибки и гонки данных. Вердикт: ОДОБРИТЬ или ОТКЛОНИТЬ.\n\n{diff}', vars: ['diff'], max: 4, temp: 0 },
  { lang: L, slug: 'ocenka-sochineniya', label: C, why: 'judgement-heavy grading', sys: 'Оцени итоговое сочинение по критериям ФИПИ и поставь «зачёт» или «незачёт» с кратким обоснованием.', user: 'Тема: {tema}\n\nСочинение:\n{sochinenie}', vars: ['tema', 'sochinenie'], max: 150, temp: 0, out: { zachet: 'bool', obosnovanie: 'string' } },
];
