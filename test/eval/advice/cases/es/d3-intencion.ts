import OpenAI from 'openai';

const openai = new OpenAI();

export async function d3Intencion(mensaje: string) {
  const completion = await openai.chat.completions.create({
    model: 'gpt-4.1',
    messages: [
      { role: 'user', content: `Mensaje del cliente: ${mensaje}\n\nClasifica la intención: reserva, cancelación, cambio de fecha o consulta. Responde solo con la etiqueta.` },
    ],
    max_tokens: 5,
    temperature: 0,
  });
  return completion.choices[0].message.content?.trim() ?? '';
}
