import OpenAI from 'openai';
import { zodResponseFormat } from 'openai/helpers/zod';
import { z } from 'zod';

const openai = new OpenAI();

const ExtractionFactureSchema = z.object({
  siret: z.string(),
  date: z.string(),
  montantTtc: z.number(),
});

export async function extractionFacture(facture: string) {
  const completion = await openai.chat.completions.create({
    model: 'gpt-4o-2024-08-06',
    messages: [
      { role: 'system', content: 'Tu extrais les informations des factures fournisseurs.' },
      { role: 'user', content: `Facture :\n${facture}\n\nDonne le numéro de SIRET, la date et le montant TTC.` },
    ],
    max_completion_tokens: 60,
    temperature: 0,
    response_format: zodResponseFormat(ExtractionFactureSchema, 'extraction_facture'),
  });
  return JSON.parse(completion.choices[0].message.content ?? '{}');
}
