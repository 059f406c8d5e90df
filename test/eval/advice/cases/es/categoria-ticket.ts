import OpenAI from 'openai';

const openai = new OpenAI();

export async function categoriaTicket(mensaje: string) {
  const completion = await openai.chat.completions.create({
    model: 'gpt-4.1',
    messages: [
      { role: 'system', content: 'Clasifica los mensajes de clientes en una de estas categorías: facturación, envío, devolución, cuenta, otro. Responde solo con la categoría.' },
      { role: 'user', content: mensaje },
    ],
    max_tokens: 4,
    temperature: 0,
  });
  return completion.choices[0].message.content?.trim() ?? '';
}
