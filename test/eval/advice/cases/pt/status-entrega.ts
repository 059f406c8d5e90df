import { ChatOpenAI } from '@langchain/openai';

const llm = new ChatOpenAI({
  model: 'gpt-4.1',
  maxTokens: 4,
  temperature: 0,
});

export async function statusEntrega(mensagem: string) {
  const reply = await llm.invoke([
    ['human', `Mensagem da transportadora: ${mensagem}\nStatus: em trânsito, entregue, atrasado ou devolvido.`],
  ]);
  return String(reply.content).trim();
}
