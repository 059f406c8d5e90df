// Tuning batch dev4 (split dev), Chinese: shape twins, see en.mjs.
const S = 'simple', M = 'moderate', C = 'complex';
export default [
  { lang: 'zh', slug: 'd4-zhishu-heshu', label: C, why: 'primality of a provided number, one of two labels', user: '数字：{shuzi}\n\n这个数是质数还是合数？只回答：质数 或 合数。', vars: ['shuzi'], max: 3, temp: 0 },
  { lang: 'zh', slug: 'd4-oushu', label: S, why: 'parity of a provided number, yes/no', user: '数字：{shuzi}\n\n这个数是偶数吗？只回答是或否。', vars: ['shuzi'], max: 2, temp: 0 },
  { lang: 'zh', slug: 'd4-xiqian', label: C, why: 'AML judgement over provided transactions, yes/no', sys: '你协助反洗钱合规团队。', user: '交易记录：\n{jiaoyi}\n\n这些交易是否涉嫌洗钱？只回答是或否。', vars: ['jiaoyi'], max: 2, temp: 0 },
  { lang: 'zh', slug: 'd4-tuikuan', label: S, why: 'yes/no: provided transactions include a refund', user: '交易记录：\n{jiaoyi}\n\n其中有退款交易吗？只回答是或否。', vars: ['jiaoyi'], max: 2, temp: 0 },
  { lang: 'zh', slug: 'd4-bianyi', label: C, why: 'code judgement: does the provided C++ code compile, one of two labels', user: '代码：\n{daima}\n\n这段 C++ 代码能通过编译吗？只回答：能 或 不能。', vars: ['daima'], max: 3, temp: 0 },
  { lang: 'zh', slug: 'd4-shishi-hecha', label: C, why: 'fact-check a claim against world knowledge, one of three labels', user: '说法：{shuofa}\n\n这个说法符合事实吗？只回答：真、假 或 无法判断。', vars: ['shuofa'], max: 4, temp: 0 },
  { lang: 'zh', slug: 'd4-xinwen-leibie', label: S, why: 'topic of a provided headline, one of four listed labels', user: '新闻标题：{biaoti}\n\n这条新闻属于哪个类别？只回答：体育、财经、科技 或 娱乐。', vars: ['biaoti'], max: 4, temp: 0 },
  { lang: 'zh', slug: 'd4-fanyi-pinglun', label: M, why: 'translation of a provided comment, tiny cap', user: '把这条评论翻译成英文，一句话：\n{pinglun}', vars: ['pinglun'], max: 40, temp: 0.2 },
];
