import OpenAI from 'openai';

type ChatTurn = { role: 'user' | 'assistant'; content: string };

const openai = new OpenAI();

export async function agentPlanner(request: string, history: ChatTurn[]) {
  const completion = await openai.chat.completions.create({
    model: 'gpt-4.1',
    messages: [
      { role: 'system', content: 'You are a travel planning agent. Plan the itinerary, call tools to check availability, and respect the budget.' },
      ...history,
      { role: 'user', content: request },
    ],
    max_completion_tokens: 1500,
    temperature: 0.3,
    tools: [
      {
        type: 'function',
        function: {
          name: 'search_flights',
          description: 'Search flights',
          parameters: {
            type: 'object',
            properties: {
              query: {
                type: 'string',
              },
            },
            required: ['query'],
          },
        },
      },
      {
        type: 'function',
        function: {
          name: 'search_hotels',
          description: 'Search hotels',
          parameters: {
            type: 'object',
            properties: {
              query: {
                type: 'string',
              },
            },
            required: ['query'],
          },
        },
      },
      {
        type: 'function',
        function: {
          name: 'get_weather',
          description: 'Weather forecast for a city',
          parameters: {
            type: 'object',
            properties: {
              city: {
                type: 'string',
              },
            },
            required: ['city'],
          },
        },
      },
    ],
  });
  return completion.choices[0].message.content?.trim() ?? '';
}
