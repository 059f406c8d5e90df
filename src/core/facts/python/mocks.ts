// Test code that fakes an LLM client is not a call site: calls inside a function decorated with
// `@patch(...)`, taking pytest-mock's `mocker` / `monkeypatch`, or inside `with patch(...)`.
import type { Node } from 'web-tree-sitter';

const patchCall = /\b(mock\.)?patch(\.object|\.dict|\.multiple)?\s*\(|\bmocker\.|\bmonkeypatch\.setattr\b/;

function decoratorsOf(fn: Node): string {
  const parent = fn.parent;
  if (parent?.type !== 'decorated_definition') return '';
  return parent.namedChildren.filter(c => c?.type === 'decorator').map(c => c!.text).join('\n');
}

function usesMockFixture(fn: Node): boolean {
  const params = fn.childForFieldName('parameters');
  return !!params && /\b(mocker|monkeypatch)\b/.test(params.text);
}

export function isMockedContext(call: Node): boolean {
  for (let p = call.parent; p; p = p.parent) {
    if (p.type === 'with_statement') {
      const clause = p.namedChildren.find(c => c?.type === 'with_clause');
      if (clause && patchCall.test(clause.text)) return true;
    }
    if (p.type === 'function_definition') {
      if (/\bpatch\b/.test(decoratorsOf(p)) || usesMockFixture(p)) return true;
    }
    if (p.type === 'class_definition') {
      const parent = p.parent;
      if (parent?.type === 'decorated_definition' && /\bpatch\b/.test(parent.text.slice(0, p.startIndex - parent.startIndex))) return true;
    }
  }
  return false;
}
