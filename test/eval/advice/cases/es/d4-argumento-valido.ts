import OpenAI from 'openai';

const openai = new OpenAI();

export async function d4ArgumentoValido(argumento: string) {
  const completion = await openai.chat.completions.create({
    model: 'gpt-4.1',
    messages: [
      { role: 'user', content: `Argumento:\n${argumento}\n\n¿Es lógicamente válido este argumento? Responde solo: válido o inválido.` },
    ],
    max_completion_tokens: 3,
    temperature: 0,
  });
  return completion.choices[0].message.content?.trim() ?? '';
}
