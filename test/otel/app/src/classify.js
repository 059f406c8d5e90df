const client = require('./client');

const LABELS = ['billing', 'bug', 'other'];

async function classify(ticket) {
  const response = await client.chat.completions.create({
    model: 'gpt-4.1-nano',
    max_tokens: 5,
    messages: [{ role: 'user', content: `Label this ticket as one of ${LABELS.join(', ')}: ${ticket}` }],
  });
  return response.choices[0].message.content;
}

async function embed(texts) {
  const response = await client.embeddings.create({ model: 'text-embedding-3-small', input: texts });
  return response.data.map(d => d.embedding);
}

module.exports = { classify, embed };
