// A local stand-in for the OpenAI and Anthropic HTTP APIs (127.0.0.1 only), for running generated promptfoo configs
// without the network. Records every request (path, model, body) and answers each with a fixed, well-formed reply:
// `{"answer":"positive"}` when the request asks for JSON, else `positive`.
import { createServer } from 'node:http';

export async function startMockLlmServer() {
  const requests = [];
  const server = createServer((req, res) => {
    let raw = '';
    req.on('data', d => { raw += d; });
    req.on('end', () => {
      let body = null;
      try { body = JSON.parse(raw || 'null'); } catch { /* recorded as null */ }
      requests.push({ method: req.method, path: req.url, headers: req.headers, body });
      const wantsJson = Boolean(body?.response_format && body.response_format.type !== 'text');
      const text = wantsJson ? '{"answer":"positive"}' : 'positive';
      const usage = { prompt_tokens: 12, completion_tokens: 2, total_tokens: 14 };
      let reply;
      if (req.method === 'POST' && /\/chat\/completions$/.test(req.url)) {
        reply = { id: `chatcmpl-${requests.length}`, object: 'chat.completion', created: 1, model: body?.model,
          choices: [{ index: 0, message: { role: 'assistant', content: text }, finish_reason: 'stop' }], usage };
      } else if (req.method === 'POST' && /\/messages$/.test(req.url)) {
        reply = { id: `msg_${requests.length}`, type: 'message', role: 'assistant', model: body?.model,
          content: [{ type: 'text', text }], stop_reason: 'end_turn', usage: { input_tokens: 12, output_tokens: 2 } };
      } else {
        res.writeHead(404, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ error: { message: `mock: no route for ${req.method} ${req.url}` } }));
        return;
      }
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify(reply));
    });
  });
  await new Promise(resolve => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () => new Promise(resolve => server.close(resolve)),
  };
}
