import { ChatOpenAI } from '@langchain/openai';

const llm = new ChatOpenAI({
  model: 'gpt-4.1',
  maxTokens: 4,
  temperature: 0,
});

const SUBSIDY_RULES = `You assess eligibility for the state childcare subsidy under the rules below.
1. Household income under 200% of the federal poverty line, adjusted for household size.
2. Each parent working or studying at least 20 hours a week, unless disabled.
3. Child under 13, or under 19 with special needs.
Answer ELIGIBLE or NOT_ELIGIBLE.`;

export async function benefitEligibility(application: string) {
  const reply = await llm.invoke([
    ['system', SUBSIDY_RULES],
    ['human', `Application:\n${application}`],
  ]);
  return String(reply.content).trim();
}
