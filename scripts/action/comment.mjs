#!/usr/bin/env node
// The action's comment step (action.yml): posts the Spendlens report on the pull request as ONE comment and updates
// that comment on later runs, through GitHub's REST API. The report's first line is a hidden marker
// (`<!-- spendlens-report -->`, written by the CLI); the comment to update is the one whose body starts with it, so
// another workflow's comment, or a reply quoting the report, is never edited.
// Environment: SPENDLENS_REPORT (the Markdown file), SPENDLENS_PR (the pull request number), GITHUB_TOKEN,
// GITHUB_REPOSITORY (owner/name), GITHUB_API_URL (default https://api.github.com; GitHub Enterprise sets its own).
import { readFileSync } from 'node:fs';

const env = name => {
  const v = process.env[name];
  if (!v) { console.error(`::error::spendlens comment: ${name} is not set`); process.exit(2); }
  return v;
};
const body = readFileSync(env('SPENDLENS_REPORT'), 'utf8');
const marker = body.split('\n', 1)[0].trim();
if (!/^<!--.*-->$/.test(marker)) {
  console.error('::error::spendlens comment: the report does not start with its hidden marker (an older Spendlens?)');
  process.exit(2);
}
const api = (process.env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, '');
const repo = env('GITHUB_REPOSITORY');
const pr = env('SPENDLENS_PR');
const headers = {
  authorization: `Bearer ${env('GITHUB_TOKEN')}`,
  accept: 'application/vnd.github+json',
  'x-github-api-version': '2022-11-28',
  'user-agent': 'spendlens-action',
};

async function request(method, path, payload) {
  const res = await fetch(`${api}${path}`, { method, headers: { ...headers, ...(payload ? { 'content-type': 'application/json' } : {}) }, body: payload ? JSON.stringify(payload) : undefined });
  const text = await res.text();
  if (!res.ok) {
    const hint = res.status === 403 || res.status === 404 ? ' (a pull request from a fork gets a read-only token; the workflow needs `pull-requests: write`)' : '';
    throw new Error(`${method} ${path}: HTTP ${res.status}${hint}: ${text.slice(0, 300)}`);
  }
  return text ? JSON.parse(text) : null;
}

/** The first comment of the pull request whose body starts with the marker, or null. */
async function findOwnComment() {
  for (let page = 1; ; page++) {
    const comments = await request('GET', `/repos/${repo}/issues/${pr}/comments?per_page=100&page=${page}`);
    const own = comments.find(c => typeof c.body === 'string' && c.body.trimStart().startsWith(marker));
    if (own) return own;
    if (comments.length < 100) return null;
  }
}

try {
  const own = await findOwnComment();
  if (own) {
    await request('PATCH', `/repos/${repo}/issues/comments/${own.id}`, { body });
    console.log(`spendlens: updated comment ${own.id} on #${pr}`);
  } else {
    const created = await request('POST', `/repos/${repo}/issues/${pr}/comments`, { body });
    console.log(`spendlens: created comment ${created.id} on #${pr}`);
  }
} catch (e) {
  // The cost gate is the verdict step's job: a comment that cannot be posted is a warning, not a failed check.
  console.log(`::warning::spendlens: could not post the pull-request comment: ${e.message}`);
}
