import OpenAI from 'openai';

const openai = new OpenAI();

export async function folderName(files: string) {
  const response = await openai.responses.create({
    model: 'gpt-4o',
    input: `Files: ${files}\nSuggest a folder name of at most four words, kebab-case.`,
    max_output_tokens: 16,
    temperature: 0.2,
  });
  return response.output_text.trim();
}
