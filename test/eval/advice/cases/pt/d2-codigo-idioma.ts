import OpenAI from 'openai';

const openai = new OpenAI();

export async function d2CodigoIdioma(mensagem: string) {
  const completion = await openai.chat.completions.create({
    model: 'gpt-4o-2024-08-06',
    messages: [
      { role: 'user', content: `Mensagem: ${mensagem}\n\nResponda apenas com o código ISO 639-1 do idioma.` },
    ],
    max_tokens: 3,
    temperature: 0,
  });
  return completion.choices[0].message.content?.trim() ?? '';
}
