import OpenAI from 'openai';

const openai = new OpenAI();

export async function weatherEmoji(forecast: string) {
  const response = await openai.responses.create({
    model: 'gpt-4.1',
    input: `Forecast: ${forecast}\nReply with one of ☀️ ⛅ 🌧️ ❄️ ⛈️ and nothing else.`,
    max_output_tokens: 16,
    temperature: 0,
  });
  return response.output_text.trim();
}
