import { ChatOpenAI } from '@langchain/openai';

const llm = new ChatOpenAI({
  model: 'gpt-4o',
  maxTokens: 5,
  temperature: 0,
});

export async function codeReviewUrteil(diff: string) {
  const reply = await llm.invoke([
    ['human', `Prüfe den folgenden Diff auf Fehler, Nebenläufigkeitsprobleme und Abwärtskompatibilität. Urteil: FREIGEBEN oder ÜBERARBEITEN.\n\n${diff}`],
  ]);
  return String(reply.content).trim();
}
