import OpenAI from 'openai';

const openai = new OpenAI();

export async function d2Relevantnost(zapros: string, fragment: string) {
  const completion = await openai.chat.completions.create({
    model: 'gpt-4o-2024-08-06',
    messages: [
      { role: 'user', content: `Запрос: ${zapros}\nФрагмент: ${fragment}\n\nФрагмент относится к запросу? Ответь да или нет.` },
    ],
    max_tokens: 2,
    temperature: 0,
  });
  return completion.choices[0].message.content?.trim() ?? '';
}
