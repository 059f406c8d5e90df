import OpenAI from 'openai';

const openai = new OpenAI();

export async function d3SpamFlagConcat(comment: string) {
  const completion = await openai.chat.completions.create({
    model: 'gpt-4.1',
    messages: [
      { role: 'user', content: 'Is the following blog comment spam? Respond with JSON {"spam": true} or {"spam": false}.\n\nComment:\n' + comment },
    ],
    max_completion_tokens: 8,
    temperature: 0,
    response_format: { type: 'json_object' },
  });
  return JSON.parse(completion.choices[0].message.content ?? '{}');
}
