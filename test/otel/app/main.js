// A small app: three summaries, two classifications, one embedding batch.
const { summarize } = require('./src/summarize');
const { classify, embed } = require('./src/classify');

async function main() {
  for (const text of ['first report', 'second report', 'third report']) await summarize(text);
  for (const ticket of ['I was charged twice', 'The export button crashes']) await classify(ticket);
  await embed(['alpha', 'beta']);
}

main().catch(e => { console.error(e); process.exitCode = 1; });
