import OpenAI from 'openai';

const openai = new OpenAI();

export async function d2TraducaoCurta(mensagem: string) {
  const completion = await openai.chat.completions.create({
    model: 'gpt-4o',
    messages: [
      { role: 'user', content: `Traduza para o espanhol a mensagem abaixo:\n${mensagem}` },
    ],
    max_completion_tokens: 40,
    temperature: 0.2,
  });
  return completion.choices[0].message.content?.trim() ?? '';
}
