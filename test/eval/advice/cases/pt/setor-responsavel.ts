import { generateText } from 'ai';
import { google } from '@ai-sdk/google';

const SYSTEM_PROMPT = 'Setores: financeiro, jurídico, RH, TI. Responda somente com o setor.';

export async function setorResponsavel(solicitacao: string) {
  const { text } = await generateText({
    model: google('gemini-2.5-pro'),
    system: SYSTEM_PROMPT,
    prompt: `Solicitação: ${solicitacao}`,
    maxOutputTokens: 3,
    temperature: 0,
  });
  return text.trim();
}
