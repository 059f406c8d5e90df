import OpenAI from 'openai';

const openai = new OpenAI();

export async function d3KuendigungWirksam(sachverhalt: string) {
  const completion = await openai.chat.completions.create({
    model: 'gpt-4.1',
    messages: [
      { role: 'system', content: 'Du unterstützt eine Kanzlei für Arbeitsrecht.' },
      { role: 'user', content: `Sachverhalt:\n${sachverhalt}\n\nIst die Kündigung nach deutschem Recht wirksam? Antworte mit genau einem Wort: wirksam, unwirksam oder unklar.` },
    ],
    max_tokens: 4,
    temperature: 0,
  });
  return completion.choices[0].message.content?.trim() ?? '';
}
