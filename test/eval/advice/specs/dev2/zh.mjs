// Tuning batch (split dev), Chinese: shape twins, see en.mjs.
const S = 'simple', M = 'moderate', C = 'complex';
export default [
  { lang: 'zh', slug: 'd2-jianli-pipei', label: C, why: 'judgement-heavy 0-100 fit score of a CV against a job', sys: '你是招聘团队的筛选助手。', user: '职位描述：\n{zhiwei}\n\n候选人简历：\n{jianli}\n\n这位候选人与职位的匹配程度是多少？给出0到100之间的整数，只输出数字。', vars: ['zhiwei', 'jianli'], max: 4, temp: 0 },
  { lang: 'zh', slug: 'd2-pinglun-zhengmian', label: S, why: '0-100 positivity of a provided review', user: '评论：\n{pinglun}\n\n这条评论有多正面？给出0到100之间的整数，只输出数字。', vars: ['pinglun'], max: 4, temp: 0 },
  { lang: 'zh', slug: 'd2-liangfen-wenjian', label: C, why: 'multi-hop yes/no across two provided documents', user: '劳动合同：\n{hetong}\n\n员工手册：\n{shouce}\n\n员工现在辞职需要赔偿培训费吗？只回答"是"或"否"。', vars: ['hetong', 'shouce'], max: 2, temp: 0 },
  { lang: 'zh', slug: 'd2-tidao-riqi', label: S, why: 'yes/no: provided notice mentions a date', user: '通知：\n{tongzhi}\n\n通知里提到具体日期了吗？只回答"是"或"否"。', vars: ['tongzhi'], max: 2, temp: 0 },
  { lang: 'zh', slug: 'd2-zuijia-fangan', label: C, why: 'pick the best of the user-provided plans for their constraints', user: '我们的情况：{qingkuang}\n\n备选方案：\n{fangan}\n\n哪个方案最适合我们？只回答方案编号。', vars: ['qingkuang', 'fangan'], max: 2, temp: 0 },
  { lang: 'zh', slug: 'd2-sushi-caipin', label: S, why: 'pick the listed dish that is vegetarian (lookup)', user: '菜品及配料：\n{caipin}\n\n哪道菜是素食？只回答编号。', vars: ['caipin'], max: 2, temp: 0 },
  { lang: 'zh', slug: 'd2-jiansuo-huida', label: M, why: 'open answer from retrieved context, small cap', sys: '只根据下面检索到的资料回答用户的问题。如果资料里没有答案，请直接说明。', user: '检索到的资料：\n{ziliao}\n\n用户：{yonghu}', vars: ['ziliao', 'yonghu'], max: 150, temp: 0.2 },
  { lang: 'zh', slug: 'd2-zhaiyao-duan', label: M, why: 'open summary, tiny cap', user: '用一句话（不超过二十个字）概括这段客服对话：\n{duihua}', vars: ['duihua'], max: 30, temp: 0.2 },
  { lang: 'zh', slug: 'd2-duanluo-xiangguan', label: S, why: 'yes/no relevance of a provided passage', user: '查询：{chaxun}\n段落：{duanluo}\n\n这个段落和查询相关吗？只回答"是"或"否"。', vars: ['chaxun', 'duanluo'], max: 2, temp: 0 },
];
