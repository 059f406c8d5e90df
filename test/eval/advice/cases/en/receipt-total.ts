import { ChatOpenAI } from '@langchain/openai';

const llm = new ChatOpenAI({
  model: 'gpt-4.1',
  maxTokens: 8,
  temperature: 0,
});

export async function receiptTotal(ocr: string) {
  const reply = await llm.invoke([
    ['system', 'Read OCR text from receipts.'],
    ['human', `${ocr}\n\nWhat is the grand total paid? Digits only.`],
  ]);
  return String(reply.content).trim();
}
