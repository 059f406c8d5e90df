import OpenAI from 'openai';

const openai = new OpenAI();

export async function d4ComponenteCitato(ticket: string) {
  const completion = await openai.chat.completions.create({
    model: 'gpt-4.1',
    messages: [
      { role: 'user', content: `Ticket:\n${ticket}\n\nQuale componente è citato nel ticket? Rispondi solo con una di queste parole: pompa, valvola, sensore, controller.` },
    ],
    max_tokens: 3,
    temperature: 0,
  });
  return completion.choices[0].message.content?.trim() ?? '';
}
