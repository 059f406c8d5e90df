import OpenAI from 'openai';
import { zodResponseFormat } from 'openai/helpers/zod';
import { z } from 'zod';

const openai = new OpenAI();

const D3EvaluacionCandidatoSchema = z.object({
  encaja: z.boolean(),
  nivel: z.enum(['junior', 'medio', 'senior']),
  puntuacion: z.number().int(),
  riesgoRotacion: z.enum(['bajo', 'medio', 'alto']),
  recomendarEntrevista: z.boolean(),
  salarioSugerido: z.number().int(),
  motivoPrincipal: z.string(),
});

export async function d3EvaluacionCandidato(oferta: string, cv: string) {
  const completion = await openai.chat.completions.create({
    model: 'gpt-4o',
    messages: [
      { role: 'user', content: `Oferta:\n${oferta}\n\nCurrículum:\n${cv}\n\nEvalúa al candidato.` },
    ],
    max_tokens: 150,
    temperature: 0,
    response_format: zodResponseFormat(D3EvaluacionCandidatoSchema, 'd3_evaluacion_candidato'),
  });
  return JSON.parse(completion.choices[0].message.content ?? '{}');
}
