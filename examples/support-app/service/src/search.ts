import { openai } from './clients';

export interface Article { id: string; title: string; body: string }

/** Embeds a help-center article when it is published or edited. */
export async function embedArticle(article: Article): Promise<number[]> {
  // spendlens: 300/day
  const result = await openai.embeddings.create({
    model: 'text-embedding-3-small',
    input: `${article.title}\n\n${article.body}`,
  });
  return result.data[0].embedding;
}

/** Embeds the agent's search box query. */
export async function embedQuery(query: string): Promise<number[]> {
  const result = await openai.embeddings.create({ model: 'text-embedding-3-small', input: query });
  return result.data[0].embedding;
}
