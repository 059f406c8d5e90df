// Chinese call sites. Labels written by hand before the tool was run (see ../README.md).
const S = 'simple', M = 'moderate', C = 'complex';
const L = 'zh';
export default [
  { lang: L, slug: 'gongdan-fenlei', label: S, why: 'closed category list', sys: '请将用户工单归入以下类别之一：账单、物流、退货、账户、其他。只输出类别名称。', user: '{gongdan}', vars: ['gongdan'], max: 4, temp: 0 },
  { lang: L, slug: 'pinglun-qinggan', label: S, why: 'three listed labels', user: '评论：{pinglun}\n这条评论的情感是正面、负面还是中性？只回答一个词。', vars: ['pinglun'], max: 3, temp: 0 },
  { lang: L, slug: 'gaojing-zhiban', label: S, why: '是/否 on provided alert', user: '监控告警：{gaojing}\n现在需要叫醒值班工程师吗？请回答"是"或"否"。', vars: ['gaojing'], max: 2, temp: 0 },
  { lang: L, slug: 'jinji-chengdu', label: S, why: 'one of four listed words', sys: '判断消息的紧急程度，只能从以下四个词中选一个：低、中、高、紧急。', user: '{xiaoxi}', vars: ['xiaoxi'], max: 3, temp: 0 },
  { lang: L, slug: 'fapiao-tiqu', label: S, why: 'extract fields', user: '从下面的发票文本中提取发票号码、开票日期和价税合计。\n\n{fapiao}', vars: ['fapiao'], max: 60, temp: 0, out: { haoma: 'string', riqi: 'string', heji: 'number' } },
  { lang: L, slug: 'biaoti-shengcheng', label: S, why: 'short title', user: '为下面的对话起一个不超过十个字的标题：\n{duihua}', vars: ['duihua'], max: 20, temp: 0.3 },
  { lang: L, slug: 'laji-xinxi', label: S, why: 'yes/no on provided message', user: '这条短信是垃圾广告吗？回答 true 或 false。\n{duanxin}', vars: ['duanxin'], max: 2, temp: 0 },
  { lang: L, slug: 'pingfen-json', label: S, why: 'JSON one integer field', user: '用户反馈：{fankui}\n请给出满意度评分（1-5），只返回 {"score": N} 格式的 JSON。', vars: ['fankui'], max: 10, temp: 0, out: 'json' },
  { lang: L, slug: 'bumen-fenpei', label: S, why: 'closed list of departments', sys: '部门：销售部、财务部、人力资源部、技术部。只回答负责该请求的部门名称。', user: '请求内容：{qingqiu}', vars: ['qingqiu'], max: 6, temp: 0, konst: true, konstName: 'BUMEN_PROMPT' },
  { lang: L, slug: 'guanggao-yu', label: S, why: 'very short slogan', user: '产品：{chanpin}\n写一句八个字以内的广告语。', vars: ['chanpin'], max: 20, temp: 0.8 },
  { lang: L, slug: 'yuyan-shibie', label: S, why: 'language code', user: '识别以下文本的语言，只返回 ISO 639-1 代码。\n{wenben}', vars: ['wenben'], max: 2, temp: 0 },
  { lang: L, slug: 'shangpin-biaoqian', label: S, why: 'pick one listed label via schema', sys: '为商品选择一个类目：服装、数码、家居、食品、美妆。', user: '商品标题：{biaoti}', vars: ['biaoti'], max: 10, temp: 0, out: { leimu: 'enum:服装|数码|家居|食品|美妆' } },
  // moderate
  { lang: L, slug: 'kefu-huifu', label: M, why: 'free-form reply with history', sys: '你是一家电商平台的智能客服，请用礼貌、简洁的中文回答用户问题，不要承诺赔偿。', user: '{xiaoxi}', vars: ['xiaoxi'], history: true, max: 400, temp: 0.4 },
  { lang: L, slug: 'huiyi-zongjie', label: M, why: 'open summary', user: '请将以下会议记录总结为要点，包括决议、待办事项和负责人：\n\n{jilu}', vars: ['jilu'], max: 500, temp: 0.2 },
  { lang: L, slug: 'wenan-gaixie', label: M, why: 'rewrite', user: '把下面这段产品介绍改写得更生动，适合发在小红书上：\n\n{wenan}', vars: ['wenan'], max: 400, temp: 0.8 },
  // complex
  { lang: L, slug: 'shuxue-yingyongti', label: C, why: 'maths word problem, number', user: '鸡兔同笼，共有头{tou}个，脚比头的3倍少10只。问兔有多少只？只回答数字。', vars: ['tou'], max: 4, temp: 0 },
  { lang: L, slug: 'anquan-loudong', label: C, why: 'security yes/no', sys: '你是一名资深安全审计员。', user: '下面的代码是否存在反序列化漏洞？只回答"是"或"否"。\n\n{daima}', vars: ['daima'], max: 2, temp: 0 },
  { lang: L, slug: 'weiqi-luozi', label: C, why: 'game move (go)', user: '棋盘局面（SGF）：{sgf}\n轮到黑棋，最佳落点是哪里？只回答坐标，如 Q16。', vars: ['sgf'], max: 4, temp: 0 },
  { lang: L, slug: 'butie-zige', label: C, why: 'policy eligibility yes/no', sys: '你熟悉中国个人所得税专项附加扣除政策。', user: '纳税人情况：{qingkuang}\n该纳税人能否享受住房贷款利息专项附加扣除？回答"能"或"不能"。', vars: ['qingkuang'], max: 2, temp: 0 },
  { lang: L, slug: 'daima-pingshen', label: C, why: 'code-review verdict', user: '请审查以下代码变更是否引入并发问题，结论只写"通过"或"不通过"。\n\n{diff}', vars: ['diff'], max: 4, temp: 0 },
  { lang: L, slug: 'zuowen-pingfen', label: C, why: 'judgement-heavy grading', sys: '按照高考作文评分标准（内容、表达、发展等级）给作文打分，满分60分。', user: '题目：{timu}\n\n作文：\n{zuowen}', vars: ['timu', 'zuowen'], max: 20, temp: 0, out: { fenshu: 'int' } },
  { lang: L, slug: 'duowendang-wenda', label: C, why: 'multi-hop over provided documents', user: '根据以下多份文件回答问题，答案需要综合多处信息，并注明出处。\n\n文件：\n{wenjian}\n\n问题：{wenti}', vars: ['wenjian', 'wenti'], max: 500, temp: 0 },
];
