// Tuning batch (split dev), Japanese: shape twins, see en.mjs.
const S = 'simple', M = 'moderate', C = 'complex';
export default [
  { lang: 'ja', slug: 'd2-zeijaku-hantei', label: C, why: 'security verdict on provided code, boolean', sys: 'あなたはリリース前のコードを確認するレビュアーです。', user: 'コード：\n{code_henkou}\n\nこの変更で、外部から任意のファイルを読み出せるようになりますか？trueかfalseで答えてください。', vars: ['code_henkou'], max: 2, temp: 0 },
  { lang: 'ja', slug: 'd2-url-fukumu', label: S, why: 'boolean: provided text contains a URL', user: 'テキスト：\n{text}\n\nこのテキストにURLは含まれていますか？trueかfalseで答えてください。', vars: ['text'], max: 2, temp: 0 },
  { lang: 'ja', slug: 'd2-tsurukame', label: C, why: 'maths word problem from provided figures, number only', user: '条件：\n{jouken}\n\nりんごはいくつ買いましたか？数字だけで答えてください。', vars: ['jouken'], max: 3, temp: 0 },
  { lang: 'ja', slug: 'd2-kosuu-kazoeru', label: S, why: 'count the items in a provided order', user: '注文内容：\n{chumon}\n\n商品は全部で何種類ありますか？数字だけで答えてください。', vars: ['chumon'], max: 3, temp: 0 },
  { lang: 'ja', slug: 'd2-kaiko-yuukou', label: C, why: 'labour-law verdict, one listed label', user: '経緯：\n{keii}\n\nこの解雇は裁判で有効と判断されますか？「有効」「無効」「判断できない」のいずれかで答えてください。', vars: ['keii'], max: 5, temp: 0 },
  { lang: 'ja', slug: 'd2-toiawase-bunrui', label: S, why: 'route a provided inquiry to one listed category', user: 'お問い合わせ：\n{toiawase}\n\n「請求」「配送」「返品」のいずれかで答えてください。', vars: ['toiawase'], max: 4, temp: 0 },
  { lang: 'ja', slug: 'd2-honyaku-mijikai', label: M, why: 'translation of user text, tiny cap', user: '次のメッセージを英語に翻訳してください：\n{message}', vars: ['message'], max: 40, temp: 0.2 },
  { lang: 'ja', slug: 'd2-gengo-code', label: S, why: 'language code of a provided message', user: 'メッセージ：{message}\n\n何語で書かれていますか？ISO 639-1のコードだけで答えてください。', vars: ['message'], max: 3, temp: 0 },
];
