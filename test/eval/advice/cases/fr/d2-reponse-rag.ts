import OpenAI from 'openai';

const openai = new OpenAI();

export async function d2ReponseRag(extraits: string, message_utilisateur: string) {
  const completion = await openai.chat.completions.create({
    model: 'gpt-4o',
    messages: [
      { role: 'system', content: `Réponds à la question de l'utilisateur uniquement à partir des extraits fournis. Si la réponse n'y est pas, dis-le.` },
      { role: 'user', content: `Extraits :\n${extraits}\n\nQuestion de l'utilisateur : ${message_utilisateur}` },
    ],
    max_completion_tokens: 150,
    temperature: 0.2,
  });
  return completion.choices[0].message.content?.trim() ?? '';
}
