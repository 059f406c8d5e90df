import OpenAI from 'openai';

const openai = new OpenAI();

export async function scheduleSolver(talks: string, rooms: string, slots: string) {
  const completion = await openai.chat.completions.create({
    model: 'gpt-4o-2024-08-06',
    messages: [
      { role: 'system', content: 'Assign the talks to the rooms and slots so that no speaker is double-booked and the keynote has no parallel talk.' },
      { role: 'user', content: `Talks: ${talks}\nRooms: ${rooms}\nSlots: ${slots}` },
    ],
    max_tokens: 800,
    temperature: 0,
    response_format: { type: 'json_object' },
  });
  return JSON.parse(completion.choices[0].message.content ?? '{}');
}
