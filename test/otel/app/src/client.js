const OpenAI = require('openai');

// OPENAI_BASE_URL and OPENAI_API_KEY come from the environment (the test points them at a local mock server).
module.exports = new OpenAI({ maxRetries: 0 });
