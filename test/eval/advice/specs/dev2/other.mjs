// Tuning batch (split dev), languages the advisor's phrase tables do not cover (Polish, Turkish, Vietnamese,
// Indonesian). Labels are the truth, not what the advisor's rule for uncovered languages allows: an easy yes/no
// stays labelled simple although that rule gives it no unprompted suggestion.
const S = 'simple', M = 'moderate', C = 'complex';
export default [
  { lang: 'pl', slug: 'd2-dzial', label: S, why: 'route a provided message to one listed department', user: 'Wiadomość klienta:\n{wiadomosc}\n\nOdpowiedz jednym słowem: reklamacje, faktury, dostawy lub inne.', vars: ['wiadomosc'], max: 4, temp: 0 },
  { lang: 'pl', slug: 'd2-zadanie-tekstowe', label: C, why: 'maths word problem from provided figures, number only', user: 'Dane:\n{dane}\n\nIle litrów wody zostanie w zbiorniku po trzech godzinach? Podaj tylko liczbę.', vars: ['dane'], max: 4, temp: 0 },
  { lang: 'pl', slug: 'd2-streszczenie', label: M, why: 'open summary, tiny cap', user: 'Streść tę skargę jednym zdaniem:\n{skarga}', vars: ['skarga'], max: 30, temp: 0.2 },
  { lang: 'tr', slug: 'd2-kategori', label: S, why: 'route a provided message to one listed category', user: 'Müşteri mesajı:\n{mesaj}\n\nTek kelimeyle cevap ver: fatura, kargo, iade veya diğer.', vars: ['mesaj'], max: 4, temp: 0 },
  { lang: 'tr', slug: 'd2-guvenlik-acigi', label: C, why: 'security verdict on provided code, boolean', user: 'Kod:\n{kod_degisikligi}\n\nBu kodda SQL enjeksiyonu açığı var mı? true veya false ile cevap ver.', vars: ['kod_degisikligi'], max: 2, temp: 0 },
  { lang: 'vi', slug: 'd2-phan-loai', label: S, why: 'sentiment, one of three listed labels', user: 'Đánh giá của khách hàng:\n{danh_gia}\n\nChỉ trả lời một từ: tích cực, tiêu cực hoặc trung lập.', vars: ['danh_gia'], max: 4, temp: 0 },
  { lang: 'vi', slug: 'd2-bai-toan', label: C, why: 'maths word problem from provided figures, number only', user: 'Dữ kiện:\n{du_kien}\n\nSau bao nhiêu phút hai xe gặp nhau? Chỉ trả lời bằng số.', vars: ['du_kien'], max: 4, temp: 0 },
  { lang: 'id', slug: 'd2-kategori-tiket', label: S, why: 'route a provided ticket to one listed team', user: 'Tiket:\n{tiket}\n\nJawab dengan satu kata saja: tagihan, pengiriman, atau pengembalian.', vars: ['tiket'], max: 4, temp: 0 },
  { lang: 'id', slug: 'd2-sah-hukum', label: C, why: 'legal verdict on a provided contract, yes/no', user: 'Kontrak kerja:\n{kontrak}\n\nApakah klausul non-kompetisi ini sah secara hukum di Indonesia? Jawab ya atau tidak.', vars: ['kontrak'], max: 2, temp: 0 },
];
