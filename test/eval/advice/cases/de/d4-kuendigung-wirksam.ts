import OpenAI from 'openai';

const openai = new OpenAI();

export async function d4KuendigungWirksam(vertrag: string, kuendigung: string) {
  const completion = await openai.chat.completions.create({
    model: 'gpt-4o',
    messages: [
      { role: 'user', content: `Arbeitsvertrag:\n${vertrag}\n\nKündigungsschreiben:\n${kuendigung}\n\nIst diese Kündigung nach deutschem Recht wirksam? Antworte nur mit ja oder nein.` },
    ],
    max_completion_tokens: 2,
    temperature: 0,
  });
  return completion.choices[0].message.content?.trim() ?? '';
}
