import OpenAI from 'openai';

const openai = new OpenAI();

export async function d3PlaylistTitle(songs: string) {
  const response = await openai.responses.create({
    model: 'gpt-4o-2024-08-06',
    input: `Songs:\n${songs}\n\nSuggest a playlist title of at most four words. Title only.`,
    max_output_tokens: 16,
    temperature: 0.7,
  });
  return response.output_text.trim();
}
