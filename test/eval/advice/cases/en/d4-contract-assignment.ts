import OpenAI from 'openai';

const openai = new OpenAI();

export async function d4ContractAssignment(contractText: string) {
  const completion = await openai.chat.completions.create({
    model: 'gpt-4.1',
    messages: [
      { role: 'system', content: 'You support the legal team with contract questions.' },
      { role: 'user', content: `Contract:\n${contractText}\n\nUnder this contract, can the supplier assign its obligations to a subsidiary without the customer's written consent? Answer yes or no.` },
    ],
    max_tokens: 2,
    temperature: 0,
  });
  return completion.choices[0].message.content?.trim() ?? '';
}
