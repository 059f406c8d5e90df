import OpenAI from 'openai';

const openai = new OpenAI();

export async function alertaGuardia(alerta: string) {
  const completion = await openai.chat.completions.create({
    model: 'gpt-4.1',
    messages: [
      { role: 'user', content: `Alerta del sistema de monitoreo: ${alerta}\n¿Hay que avisar al equipo de guardia ahora mismo? Responde sí o no.` },
    ],
    max_completion_tokens: 2,
    temperature: 0,
  });
  return completion.choices[0].message.content?.trim() ?? '';
}
