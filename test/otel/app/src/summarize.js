const client = require('./client');

async function summarize(text) {
  const response = await client.chat.completions.create({
    model: 'gpt-4o-mini',
    max_tokens: 120,
    messages: [
      { role: 'system', content: 'Summarise the text in two sentences.' },
      { role: 'user', content: text },
    ],
  });
  return response.choices[0].message.content;
}

module.exports = { summarize };
