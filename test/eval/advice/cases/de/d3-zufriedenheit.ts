import OpenAI from 'openai';

const openai = new OpenAI();

export async function d3Zufriedenheit(antwort: string) {
  const completion = await openai.chat.completions.create({
    model: 'gpt-4.1',
    messages: [
      { role: 'user', content: `Antwort aus der Mitarbeiterbefragung:\n${antwort}\n\nWie zufrieden ist die Person auf einer Skala von 1 bis 5? Nur die Ziffer.` },
    ],
    max_completion_tokens: 1,
    temperature: 0,
  });
  return completion.choices[0].message.content?.trim() ?? '';
}
