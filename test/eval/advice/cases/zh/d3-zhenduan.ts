import OpenAI from 'openai';

const openai = new OpenAI();

export async function d3Zhenduan(binli: string) {
  const completion = await openai.chat.completions.create({
    model: 'gpt-4.1',
    messages: [
      { role: 'system', content: '你协助急诊科医生。' },
      { role: 'user', content: `病历：\n${binli}\n\n最可能的诊断是什么？只回答以下之一：心肌梗死、肺栓塞、主动脉夹层或气胸。` },
    ],
    max_completion_tokens: 6,
    temperature: 0,
  });
  return completion.choices[0].message.content?.trim() ?? '';
}
