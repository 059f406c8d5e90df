import OpenAI from 'openai';

const openai = new OpenAI();

export async function d4FraudeTarjeta(historial: string, operacion: string) {
  const completion = await openai.chat.completions.create({
    model: 'gpt-4.1',
    messages: [
      { role: 'system', content: 'Ayudas al equipo de prevención de fraude.' },
      { role: 'user', content: `Historial de la cuenta:\n${historial}\n\nNueva operación:\n${operacion}\n\n¿Es probable que esta operación sea fraudulenta? Responde solo sí o no.` },
    ],
    max_tokens: 2,
    temperature: 0,
  });
  return completion.choices[0].message.content?.trim() ?? '';
}
