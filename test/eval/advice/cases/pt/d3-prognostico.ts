import OpenAI from 'openai';

const openai = new OpenAI();

export async function d3Prognostico(prontuario: string) {
  const completion = await openai.chat.completions.create({
    model: 'gpt-4.1',
    messages: [
      { role: 'system', content: 'Você apoia médicos de UTI.' },
      { role: 'user', content: `Prontuário:\n${prontuario}\n\nQual o prognóstico deste paciente nas próximas 48 horas: favorável, reservado ou grave? Responda apenas com a palavra.` },
    ],
    max_completion_tokens: 4,
    temperature: 0,
  });
  return completion.choices[0].message.content?.trim() ?? '';
}
