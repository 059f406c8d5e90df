import OpenAI from 'openai';

const openai = new OpenAI();

export async function d4CausaGuasto(registro: string) {
  const completion = await openai.chat.completions.create({
    model: 'gpt-4o',
    messages: [
      { role: 'system', content: 'Aiuti i tecnici della manutenzione.' },
      { role: 'user', content: `Registro dei sensori:\n${registro}\n\nQuale componente ha causato il guasto? Rispondi solo con una di queste parole: pompa, valvola, sensore, controller.` },
    ],
    max_completion_tokens: 3,
    temperature: 0,
  });
  return completion.choices[0].message.content?.trim() ?? '';
}
