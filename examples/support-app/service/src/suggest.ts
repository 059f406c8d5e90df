import { ChatPromptTemplate } from '@langchain/core/prompts';
import { StringOutputParser } from '@langchain/core/output_parsers';
import { getModelFromConfig, type ModelConfig } from './clients';

const suggestPrompt = ChatPromptTemplate.fromMessages([
  ['system', 'You suggest the single most useful help-center article for a support ticket. Answer with its title only.'],
  ['human', 'Ticket:\n{ticket}\n\nArticles:\n{titles}'],
]);

/** Suggests an article to link in the reply, on the tenant's configured model. */
export async function suggestArticle(config: ModelConfig, ticket: string, titles: string[]) {
  const chain = suggestPrompt.pipe(getModelFromConfig(config)).pipe(new StringOutputParser());
  return chain.invoke({ ticket, titles: titles.join('\n') });
}

/** Rewrites an agent's draft in the tenant's house style. */
export async function polishDraft(config: ModelConfig, draft: string) {
  const model = getModelFromConfig(config);
  const result = await model.invoke([
    ['system', 'Rewrite the support reply in a warm, concise house style. Keep every fact and link.'],
    ['human', draft],
  ]);
  return String(result.content);
}
