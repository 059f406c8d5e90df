import OpenAI from 'openai';
import { zodResponseFormat } from 'openai/helpers/zod';
import { z } from 'zod';

const openai = new OpenAI();

const D3BoSeunginSchema = z.object({
  approve: z.boolean(),
  coveredByPolicy: z.boolean(),
  fraudSuspected: z.boolean(),
  payoutPercent: z.number().int(),
  exclusionApplies: z.boolean(),
  needsInvestigation: z.boolean(),
  severity: z.enum(['low', 'medium', 'high']),
  reason: z.string(),
});

export async function d3BoSeungin(seoryu: string) {
  const completion = await openai.chat.completions.create({
    model: 'gpt-4o',
    messages: [
      { role: 'user', content: `보험금 청구 서류:\n${seoryu}` },
    ],
    max_tokens: 200,
    temperature: 0,
    response_format: zodResponseFormat(D3BoSeunginSchema, 'd3_bo_seungin'),
  });
  return JSON.parse(completion.choices[0].message.content ?? '{}');
}
