// Tuning batch 3 (split dev), Japanese: see en.mjs.
const S = 'simple', M = 'moderate', C = 'complex';
export default [
  // shape: one listed label in 「」 (twin: d3-shinsa-kekka)
  { lang: 'ja', slug: 'd3-ito-bunrui', label: S, why: 'intent of a provided chat message, one label in 「」', user: 'ユーザーの発言：{hatsugen}\n\n意図を「予約」「変更」「キャンセル」「問い合わせ」のどれか一つで答えてください。', vars: ['hatsugen'], max: 4, temp: 0 },
  { lang: 'ja', slug: 'd3-shinsa-kekka', label: C, why: 'loan approval verdict from a provided application file, one label in 「」 (twin of d3-ito-bunrui)', sys: 'あなたは銀行の融資審査を支援します。', user: '申込書類：\n{shorui}\n\nこの融資を承認すべきですか？「承認」「条件付き承認」「否決」のどれか一つで答えてください。', vars: ['shorui'], max: 6, temp: 0 },
  // shape: はい/いいえ, data in a second message (twin: d3-shinsa-kekka)
  { lang: 'ja', slug: 'd3-spam-hantei', label: S, why: 'is the provided e-mail spam, はい/いいえ, data in a second user message', user: '次のメールはスパムですか？「はい」か「いいえ」だけで答えてください。', data: '{mail}', vars: ['mail'], max: 3, temp: 0 },
  // shape: rating 1–5 (twin: d3-shinsa-kekka)
  { lang: 'ja', slug: 'd3-manzokudo', label: S, why: 'satisfaction 1-5 of a provided review, digit only', user: 'レビュー：{review}\n\nこのお客様の満足度を1から5で評価してください。数字のみで答えてください。', vars: ['review'], max: 1, temp: 0 },
  // shape: date → ISO (twin: d3-notice-period-end)
  { lang: 'ja', slug: 'd3-hizuke-seikika', label: S, why: 'normalise a provided Japanese-era date to ISO 8601', style: 'concat', user: '次の日付をYYYY-MM-DD形式に変換し、日付だけを出力してください：{hizuke}', vars: ['hizuke'], max: 12, temp: 0 },
  // shape: JSON enum + bool fields, no cap (twin: d3-contract-risk-review)
  { lang: 'ja', slug: 'd3-toiawase-schema', label: S, why: 'category and urgency of a provided inquiry, enum and bool fields, no cap', sys: 'あなたはコールセンターの問い合わせを振り分けます。', user: '問い合わせ内容：\n{naiyou}', vars: ['naiyou'], temp: 0, out: { category: 'enum:billing|delivery|product|other', urgent: 'bool' } },
  // shape: number only (twin: d3-tsuru-kame-kyori)
  { lang: 'ja', slug: 'd3-ninzuu', label: S, why: 'count the people named in a provided meeting note, number only', user: '議事録：\n{gijiroku}\n\n出席者は何人ですか？数字だけで答えてください。', vars: ['gijiroku'], max: 2, temp: 0 },
  { lang: 'ja', slug: 'd3-kyori-keisan', label: C, why: 'travel distance word problem from provided figures, number only (twin of d3-ninzuu)', user: '条件：\n{jouken}\n\n二人が出会うのは出発地点から何キロメートルの地点ですか？数字だけで答えてください。', vars: ['jouken'], max: 4, temp: 0 },
];
