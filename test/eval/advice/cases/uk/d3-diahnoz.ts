import OpenAI from 'openai';

const openai = new OpenAI();

export async function d3Diahnoz(anamnez: string) {
  const completion = await openai.chat.completions.create({
    model: 'gpt-4.1',
    messages: [
      { role: 'user', content: `Анамнез:\n${anamnez}\n\nНайімовірніший діагноз? Відповідай одним словом: апендицит, холецистит, панкреатит або гастрит.` },
    ],
    max_completion_tokens: 4,
    temperature: 0,
  });
  return completion.choices[0].message.content?.trim() ?? '';
}
