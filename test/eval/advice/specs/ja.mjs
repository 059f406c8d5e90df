// Japanese call sites. Labels written by hand before the tool was run (see ../README.md).
const S = 'simple', M = 'moderate', C = 'complex';
const L = 'ja';
export default [
  { lang: L, slug: 'posinega-hantei', label: S, why: 'positive/negative verdict on a provided review', user: '次のレビューはポジティブですか、ネガティブですか。「ポジティブ」か「ネガティブ」のどちらかだけで答えてください。\n\nレビュー：{review}', vars: ['review'], max: 5, temp: 0 },
  { lang: L, slug: 'toiawase-bunrui', label: S, why: 'closed category list', sys: 'お問い合わせを次のいずれかに分類してください：請求、配送、返品、アカウント、その他。カテゴリ名のみを出力してください。', user: '{toiawase}', vars: ['toiawase'], max: 5, temp: 0 },
  { lang: L, slug: 'arato-taiou', label: S, why: 'はい/いいえ on provided alert', user: '監視アラート：{alert}\n今すぐ当番のエンジニアを呼び出す必要がありますか？「はい」または「いいえ」で答えてください。', vars: ['alert'], max: 3, temp: 0 },
  { lang: L, slug: 'kinkyudo', label: S, why: 'one of four listed urgency words', user: 'メッセージ：{message}\n緊急度を「低」「中」「高」「緊急」のいずれか一語で答えてください。', vars: ['message'], max: 3, temp: 0 },
  { lang: L, slug: 'seikyusho-chushutsu', label: S, why: 'extract fields', user: '以下の請求書から請求書番号、合計金額、支払期日を抽出してください。\n\n{seikyusho}', vars: ['seikyusho'], max: 60, temp: 0, out: { bango: 'string', gokei: 'number', kijitsu: 'string' } },
  { lang: L, slug: 'taitoru-seisei', label: S, why: 'short title', sys: '会話の内容を表す短いタイトル（15文字以内）を付けてください。', user: '{kaiwa}', vars: ['kaiwa'], max: 20, temp: 0.3 },
  { lang: L, slug: 'spam-hantei', label: S, why: 'boolean on provided message', user: 'このメッセージはスパムですか？\n{message}', vars: ['message'], max: 10, temp: 0, out: { spam: 'bool' } },
  { lang: L, slug: 'hyoka-json', label: S, why: 'JSON one integer field', user: 'お客様のコメント：{comment}\n満足度を1〜5で評価し、{"score": N} の形式のJSONだけを返してください。', vars: ['comment'], max: 10, temp: 0, out: 'json' },
  { lang: L, slug: 'tantou-busho', label: S, why: 'closed department list', sys: '担当部署：営業部、経理部、人事部、情報システム部。該当する部署名だけを答えてください。', user: '依頼内容：{irai}', vars: ['irai'], max: 6, temp: 0, konst: true, konstName: 'BUSHO_PROMPT' },
  { lang: L, slug: 'catchcopy', label: S, why: 'very short slogan', user: '商品：{shohin}\n10文字程度のキャッチコピーを1つ書いてください。', vars: ['shohin'], max: 20, temp: 0.8 },
  { lang: L, slug: 'gengo-hantei', label: S, why: 'language code', user: '次の文章の言語をISO 639-1コードで答えてください。コードのみ。\n{text}', vars: ['text'], max: 2, temp: 0 },
  { lang: L, slug: 'yubin-bango', label: S, why: 'extract postcode', user: 'この住所の郵便番号を「000-0000」の形式で答えてください。\n{jusho}', vars: ['jusho'], max: 6, temp: 0 },
  // moderate
  { lang: L, slug: 'kyaku-henshin', label: M, why: 'free-form reply with history', sys: 'あなたはオンライン書店のカスタマーサポートです。丁寧な敬語で簡潔に回答してください。', user: '{message}', vars: ['message'], history: true, max: 400, temp: 0.4 },
  { lang: L, slug: 'gijiroku-yoyaku', label: M, why: 'open summary', user: '次の議事録を、決定事項・課題・担当者ごとのToDoに分けて要約してください。\n\n{gijiroku}', vars: ['gijiroku'], max: 500, temp: 0.2 },
  { lang: L, slug: 'bunsho-kakikae', label: M, why: 'rewrite in another register', user: '次の文章をビジネスメールにふさわしい丁寧な表現に書き換えてください。\n\n{bunsho}', vars: ['bunsho'], max: 400, temp: 0.4 },
  // complex
  { lang: L, slug: 'sansu-mondai', label: C, why: 'maths word problem, number', user: '池の周りを兄は分速{a}m、弟は分速60mで同じ地点から反対方向に歩き始めたところ、12分後に初めて出会いました。池の周りは何mですか。数字だけで答えてください。', vars: ['a'], max: 6, temp: 0 },
  { lang: L, slug: 'zeijakusei', label: C, why: 'security yes/no', user: 'このコードにクロスサイトスクリプティングの脆弱性はありますか？「はい」か「いいえ」で答えてください。\n\n{code}', vars: ['code'], max: 3, temp: 0 },
  { lang: L, slug: 'shogi-te', label: C, why: 'game move (shogi)', user: '局面（SFEN）：{sfen}\n先手の最善手をUSI形式で1つだけ答えてください。', vars: ['sfen'], max: 6, temp: 0 },
  { lang: L, slug: 'kyufu-shikaku', label: C, why: 'legal eligibility yes/no', sys: 'あなたは日本の雇用保険制度に詳しい社会保険労務士です。', user: '状況：{jokyo}\nこの人は失業給付（基本手当）を受給できますか？「できる」か「できない」で答えてください。', vars: ['jokyo'], max: 4, temp: 0 },
  { lang: L, slug: 'code-review-hantei', label: C, why: 'code-review verdict', user: '次の差分をレビューし、マージしてよいか判定してください。「承認」または「差し戻し」のみで回答。\n\n{diff}', vars: ['diff'], max: 4, temp: 0 },
  { lang: L, slug: 'sakubun-saiten', label: C, why: 'judgement-heavy grading', sys: '中学生の意見文を、論理性・根拠・表現の観点から100点満点で採点してください。', user: '課題：{kadai}\n\n作文：\n{sakubun}', vars: ['kadai', 'sakubun'], max: 20, temp: 0, out: { tensu: 'int' } },
];
