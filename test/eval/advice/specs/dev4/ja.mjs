// Tuning batch dev4 (split dev), Japanese: shape twins, see en.mjs.
const S = 'simple', M = 'moderate', C = 'complex';
export default [
  { lang: 'ja', slug: 'd4-keiyaku-ihan', label: C, why: 'contract judgement: is the counterparty action a breach, yes/no', user: '契約書：\n{keiyakusho}\n\n相手方の行為：\n{koui}\n\nこの行為は契約違反に当たりますか？「はい」か「いいえ」だけで答えてください。', vars: ['keiyakusho', 'koui'], max: 2, temp: 0 },
  { lang: 'ja', slug: 'd4-tenpu-ari', label: S, why: 'yes/no: provided e-mail says a contract is attached', user: 'メール：\n{meeru}\n\nこのメールには契約書を添付したと書かれていますか？「はい」か「いいえ」だけで答えてください。', vars: ['meeru'], max: 2, temp: 0 },
  { lang: 'ja', slug: 'd4-nisanka-tanso', label: C, why: 'chemistry numeric answer from a provided problem, number only', user: '問題：\n{mondai}\n\n発生する二酸化炭素は何グラムですか？数字だけで答えてください。', vars: ['mondai'], max: 4, temp: 0 },
  { lang: 'ja', slug: 'd4-chumon-kosuu', label: S, why: 'count the items of a provided order, number only', user: '注文内容：\n{chumon}\n\n合計で何個注文されていますか？数字だけで答えてください。', vars: ['chumon'], max: 4, temp: 0 },
  { lang: 'ja', slug: 'd4-ronri-datousei', label: C, why: 'logic: does the conclusion follow from the premises, yes/no', user: '前提：\n{zentei}\n\n結論：\n{ketsuron}\n\n前提から結論は必ず導かれますか？「はい」か「いいえ」で答えてください。', vars: ['zentei', 'ketsuron'], max: 2, temp: 0 },
  { lang: 'ja', slug: 'd4-tsugi-no-tejun', label: C, why: 'planning: which step comes next given the state, a letter A–D', user: '作業手順：\n{tejun}\n\n現在の状態：\n{joutai}\n\n次に行うべき手順はどれですか？記号（A〜D）だけで答えてください。', vars: ['tejun', 'joutai'], max: 2, temp: 0 },
  { lang: 'ja', slug: 'd4-rebyu-youyaku', label: M, why: 'open one-sentence summary, small cap', user: '次のレビューを一文で要約してください：\n{rebyu}', vars: ['rebyu'], max: 40, temp: 0.2 },
];
