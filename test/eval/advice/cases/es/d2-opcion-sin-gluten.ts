import OpenAI from 'openai';

const openai = new OpenAI();

export async function d2OpcionSinGluten(productos: string) {
  const completion = await openai.chat.completions.create({
    model: 'gpt-4o',
    messages: [
      { role: 'user', content: `Productos con sus ingredientes:\n${productos}\n\n¿Cuál de ellos no lleva gluten? Responde solo con la letra.` },
    ],
    max_completion_tokens: 2,
    temperature: 0,
  });
  return completion.choices[0].message.content?.trim() ?? '';
}
