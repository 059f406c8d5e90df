import OpenAI from 'openai';

const openai = new OpenAI();

const DRINGLICHKEIT_PROMPT = 'Bewerte die Dringlichkeit von Störungsmeldungen mit einem Wort: niedrig, mittel, hoch, kritisch.';

export async function dringlichkeit(stoerung: string) {
  const completion = await openai.chat.completions.create({
    model: 'gpt-4.1',
    messages: [
      { role: 'system', content: DRINGLICHKEIT_PROMPT },
      { role: 'user', content: stoerung },
    ],
    max_completion_tokens: 3,
    temperature: 0,
  });
  return completion.choices[0].message.content?.trim() ?? '';
}
