import OpenAI from 'openai';

const openai = new OpenAI();

export async function d2MejorOpcion(necesidades: string, opciones: string) {
  const completion = await openai.chat.completions.create({
    model: 'gpt-4.1',
    messages: [
      { role: 'user', content: `Necesidades de la familia: ${necesidades}\n\nOpciones que están valorando:\n${opciones}\n\n¿Cuál les conviene más? Responde solo con la letra de la opción.` },
    ],
    max_tokens: 2,
    temperature: 0,
  });
  return completion.choices[0].message.content?.trim() ?? '';
}
