import OpenAI from 'openai';

const openai = new OpenAI();

export async function d4ClausePresente(conditions: string) {
  const completion = await openai.chat.completions.create({
    model: 'gpt-4.1',
    messages: [
      { role: 'user', content: `Conditions générales :\n${conditions}\n\nLe texte contient-il une clause de résiliation ? Réponds uniquement par oui ou non.` },
    ],
    max_completion_tokens: 2,
    temperature: 0,
  });
  return completion.choices[0].message.content?.trim() ?? '';
}
