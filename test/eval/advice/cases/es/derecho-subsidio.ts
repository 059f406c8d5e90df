import { ChatOpenAI } from '@langchain/openai';

const llm = new ChatOpenAI({
  model: 'gpt-4o',
  maxTokens: 2,
  temperature: 0,
});

export async function derechoSubsidio(caso: string) {
  const reply = await llm.invoke([
    ['system', 'Eres experto en la Ley General de la Seguridad Social española.'],
    ['human', `Caso: ${caso}\n¿Tiene derecho esta persona a la prestación por desempleo contributiva? Responde SÍ o NO.`],
  ]);
  return String(reply.content).trim();
}
