// Tuning batch 3 (split dev), Chinese: see en.mjs.
const S = 'simple', M = 'moderate', C = 'complex';
export default [
  // shape: one label joined by 或 (twin: d3-zhenduan)
  { lang: 'zh', slug: 'd3-yitu', label: S, why: 'intent of a provided message, one listed label', user: '用户消息：{xiaoxi}\n\n判断用户意图，只回答以下之一：查询订单、退款、修改地址或人工客服。', vars: ['xiaoxi'], max: 6, temp: 0 },
  { lang: 'zh', slug: 'd3-zhenduan', label: C, why: 'clinical diagnosis from a provided case history, one listed label (twin of d3-yitu)', sys: '你协助急诊科医生。', user: '病历：\n{binli}\n\n最可能的诊断是什么？只回答以下之一：心肌梗死、肺栓塞、主动脉夹层或气胸。', vars: ['binli'], max: 6, temp: 0 },
  // shape: 是/否 (twin: d3-zhenduan)
  { lang: 'zh', slug: 'd3-baohan-dianhua', label: S, why: 'does a provided text contain a phone number, 是/否, .format', style: 'format', user: '文本：{wenben}\n\n这段文本里有电话号码吗？只回答"是"或"否"。', vars: ['wenben'], max: 2, temp: 0 },
  // shape: one field JSON (twin: d3-shuifei-jisuan)
  { lang: 'zh', slug: 'd3-dingdanhao', label: S, why: 'extract the order number from a provided message into JSON', user: '客户消息：\n{xiaoxi}\n\n提取订单号。', vars: ['xiaoxi'], max: 20, temp: 0, out: { orderNumber: 'string' } },
  { lang: 'zh', slug: 'd3-shuifei-jisuan', label: C, why: 'compute income tax under Chinese brackets from provided payslip, one number JSON (twin of d3-dingdanhao)', user: '工资条：\n{gongzi}\n\n按照中国个人所得税累进税率计算本月应缴个税。', vars: ['gongzi'], max: 20, temp: 0, out: { tax: 'number' } },
  // shape: rating 1–5 (twin: d3-proof-rating)
  { lang: 'zh', slug: 'd3-pingfen', label: S, why: 'star rating 1-5 of a provided product review', user: '评论：{pinglun}\n\n这位顾客会打几星（1到5）？只回答数字。', vars: ['pinglun'], max: 1, temp: 0 },
  // shape: language code (twin: d3-anwendbares-recht)
  { lang: 'zh', slug: 'd3-yuyan-daima', label: S, why: 'language code of a provided message, data in a second user message', user: '下一条消息是用什么语言写的？只回答ISO 639-1代码。', data: '{xiaoxi}', vars: ['xiaoxi'], max: 3, temp: 0 },
];
