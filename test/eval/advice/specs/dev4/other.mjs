// Tuning batch dev4 (split dev), languages the advisor's phrase tables do not cover (Swedish, Czech, Turkish,
// Polish, Vietnamese). Labels are the truth, not what the rule for uncovered languages allows.
const S = 'simple', M = 'moderate', C = 'complex';
export default [
  { lang: 'sv', slug: 'd4-konkurrensklausul', label: C, why: 'legal judgement on a provided non-compete clause, yes/no', user: 'Avtal:\n{avtal}\n\nÄr konkurrensklausulen skälig enligt svensk rätt? Svara ja eller nej.', vars: ['avtal'], max: 2, temp: 0 },
  { lang: 'sv', slug: 'd4-arende-typ', label: S, why: 'one of three listed labels for a provided message, no numerals', user: 'Meddelande:\n{meddelande}\n\nÄr meddelandet en beställning, en fråga eller ett klagomål? Svara med ett ord: beställning, fråga eller klagomål.', vars: ['meddelande'], max: 4, temp: 0 },
  { lang: 'cs', slug: 'd4-sleva-vypocet', label: C, why: 'maths over provided figures (discount and shipping), number only', user: 'Zadání:\n{zadani}\n\nKolik korun zákazník zaplatí po slevě a s dopravou? Odpověz pouze číslem.', vars: ['zadani'], max: 5, temp: 0 },
  { lang: 'cs', slug: 'd4-pocet-polozek', label: S, why: 'count the items of a provided order, number only', user: 'Objednávka:\n{objednavka}\n\nKolik položek objednávka obsahuje? Odpověz pouze číslem.', vars: ['objednavka'], max: 5, temp: 0 },
  { lang: 'tr', slug: 'd4-yalanci-bulmaca', label: C, why: 'logic puzzle: who is lying, a name', user: 'Bulmaca:\n{bulmaca}\n\nHangi kişi yalan söylüyor? Sadece adını yaz.', vars: ['bulmaca'], max: 4, temp: 0 },
  { lang: 'tr', slug: 'd4-yorum-ozet', label: M, why: 'open one-sentence summary, tiny cap', user: 'Bu yorumu tek cümleyle özetle:\n{yorum}', vars: ['yorum'], max: 30, temp: 0.2 },
  { lang: 'pl', slug: 'd4-wyrazenie-regularne', label: C, why: 'code judgement: does the regex match the whole text, yes/no', user: 'Wyrażenie regularne: {wzorzec}\nTekst: {tekst}\n\nCzy wyrażenie dopasowuje cały tekst? Odpowiedz tak lub nie.', vars: ['wzorzec', 'tekst'], max: 2, temp: 0 },
  { lang: 'vi', slug: 'd4-thuoc-chong-chi-dinh', label: C, why: 'medical judgement: contraindication for a provided patient, yes/no', user: 'Thông tin bệnh nhân:\n{benh_nhan}\n\nBệnh nhân này có được dùng ibuprofen không? Chỉ trả lời có hoặc không.', vars: ['benh_nhan'], max: 2, temp: 0 },
];
