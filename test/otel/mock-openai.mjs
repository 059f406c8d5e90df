// A local OpenAI-compatible server for tests (127.0.0.1 only): chat completions and embeddings with usage numbers
// derived from the request, so each response's figures are known to the test. Records what it answered.
import { createServer } from 'node:http';

/** Usage the mock reports for a request body: a function of its content, different per call. */
export function usageFor(body) {
  const size = JSON.stringify(body.messages ?? body.input ?? '').length;
  return body.messages
    ? { prompt_tokens: 20 + size % 97, completion_tokens: Math.min(body.max_tokens ?? 50, 3 + size % 11), cached: size % 3 === 0 ? 16 : 0 }
    : { prompt_tokens: 2 + size % 13, completion_tokens: 0, cached: 0 };
}

export async function startMockOpenAI() {
  const answered = [];
  let n = 0;
  const server = createServer((req, res) => {
    let raw = '';
    req.on('data', c => { raw += c; });
    req.on('end', () => {
      const body = JSON.parse(raw || '{}');
      const u = usageFor(body);
      const id = `mock-${++n}`;
      let reply;
      if (req.method === 'POST' && req.url === '/v1/chat/completions') {
        reply = {
          id, object: 'chat.completion', created: 1780000000, model: `${body.model}-2025-04-14`,
          choices: [{ index: 0, message: { role: 'assistant', content: 'ok', refusal: null }, logprobs: null, finish_reason: 'stop' }],
          usage: { prompt_tokens: u.prompt_tokens, completion_tokens: u.completion_tokens, total_tokens: u.prompt_tokens + u.completion_tokens,
            prompt_tokens_details: { cached_tokens: u.cached }, completion_tokens_details: { reasoning_tokens: 0 } },
        };
      } else if (req.method === 'POST' && req.url === '/v1/embeddings') {
        const inputs = Array.isArray(body.input) ? body.input : [body.input];
        reply = { object: 'list', model: body.model, data: inputs.map((_, index) => ({ object: 'embedding', index, embedding: [0.1, 0.2, 0.3] })),
          usage: { prompt_tokens: u.prompt_tokens, total_tokens: u.prompt_tokens } };
      } else {
        res.writeHead(404, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ error: { message: `no route ${req.method} ${req.url}` } }));
        return;
      }
      answered.push({ path: req.url, model: body.model, id: reply.id, usage: u });
      res.writeHead(200, { 'content-type': 'application/json', 'x-request-id': id });
      res.end(JSON.stringify(reply));
    });
  });
  await new Promise(resolve => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return { baseURL: `http://127.0.0.1:${port}/v1`, answered, close: () => new Promise(resolve => server.close(resolve)) };
}
