import OpenAI from 'openai';

const openai = new OpenAI();

export async function datosFactura(factura: string) {
  const completion = await openai.chat.completions.create({
    model: 'gpt-4.1',
    messages: [
      { role: 'user', content: `Extrae el NIF del emisor, la fecha y el importe total de esta factura:\n\n${factura}` },
    ],
    max_tokens: 60,
    temperature: 0,
    response_format: {
      type: 'json_schema',
      json_schema: {
        name: 'datos_factura',
        strict: true,
        schema: {
          type: 'object',
          properties: {
            nif: {
              type: 'string',
            },
            fecha: {
              type: 'string',
            },
            total: {
              type: 'number',
            },
          },
          required: ['nif', 'fecha', 'total'],
          additionalProperties: false,
        },
      },
    },
  });
  return JSON.parse(completion.choices[0].message.content ?? '{}');
}
