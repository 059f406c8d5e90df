import OpenAI from 'openai';

const openai = new OpenAI();

export async function d3Aansprakelijk(dossier: string) {
  const completion = await openai.chat.completions.create({
    model: 'gpt-4.1',
    messages: [
      { role: 'system', content: 'Je ondersteunt schadebehandelaars van een verzekeraar.' },
      { role: 'user', content: `Schadedossier:\n${dossier}\n\nIs de verzekerde aansprakelijk volgens het Burgerlijk Wetboek? Kies één: volledig, gedeeltelijk of niet. Antwoord alleen met het woord.` },
    ],
    max_tokens: 3,
    temperature: 0,
  });
  return completion.choices[0].message.content?.trim() ?? '';
}
