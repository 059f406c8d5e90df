import { ChatOpenAI } from '@langchain/openai';

const llm = new ChatOpenAI({
  model: 'gpt-4.1',
  maxTokens: 1500,
  temperature: 0.1,
});

export async function analisisContrato(contrato: string) {
  const reply = await llm.invoke([
    ['human', `Analiza el contrato y enumera las cláusulas abusivas para el arrendatario, con su fundamento legal:\n\n${contrato}`],
  ]);
  return String(reply.content).trim();
}
