import OpenAI from 'openai';

const openai = new OpenAI();

export async function d3Reparto(richiesta: string) {
  const completion = await openai.chat.completions.create({
    model: 'gpt-4o',
    messages: [
      { role: 'user', content: `Richiesta del cittadino:\n${richiesta}\n\nA quale ufficio va inoltrata: anagrafe, tributi, urbanistica o servizi sociali? Rispondi solo con il nome dell'ufficio.` },
    ],
    max_completion_tokens: 5,
    temperature: 0,
  });
  return completion.choices[0].message.content?.trim() ?? '';
}
