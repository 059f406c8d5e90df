// Tuning batch dev4 (split dev), Portuguese: shape twins, see en.mjs.
const S = 'simple', M = 'moderate', C = 'complex';
export default [
  { lang: 'pt', slug: 'd4-lavagem-dinheiro', label: C, why: 'AML judgement over provided transactions, yes/no', user: 'Transações do cliente:\n{transacoes}\n\nEstas transações indicam lavagem de dinheiro? Responda apenas sim ou não.', vars: ['transacoes'], max: 2, temp: 0 },
  { lang: 'pt', slug: 'd4-moeda-transacao', label: S, why: 'ISO currency code of a provided transaction', user: 'Transação:\n{transacao}\n\nEm que moeda foi feita esta transação? Responda apenas com o código ISO.', vars: ['transacao'], max: 3, temp: 0 },
  { lang: 'pt', slug: 'd4-interacao-medicamentos', label: C, why: 'medical judgement: dangerous drug interaction, yes/no', sys: 'Você apoia farmacêuticos hospitalares.', user: 'Medicamentos em uso:\n{medicamentos}\n\nNovo medicamento: {novo_medicamento}\n\nExiste interação perigosa? Responda apenas sim ou não.', vars: ['medicamentos', 'novo_medicamento'], max: 2, temp: 0 },
  { lang: 'pt', slug: 'd4-receita-generico', label: S, why: 'yes/no: provided prescription allows a generic', user: 'Receita:\n{receita}\n\nA receita permite substituição por genérico? Responda apenas sim ou não.', vars: ['receita'], max: 2, temp: 0 },
  { lang: 'pt', slug: 'd4-turno-restricoes', label: C, why: 'constraint satisfaction: which shift satisfies all constraints, a letter', user: 'Turnos disponíveis:\n{turnos}\n\nRestrições da equipe:\n{restricoes}\n\nQual turno satisfaz todas as restrições? Responda apenas com a letra.', vars: ['turnos', 'restricoes'], max: 2, temp: 0 },
  { lang: 'pt', slug: 'd4-turno-cedo', label: S, why: 'lookup: the earliest of the provided shifts, a letter', user: 'Turnos:\n{turnos}\n\nQual turno começa mais cedo? Responda apenas com a letra.', vars: ['turnos'], max: 2, temp: 0 },
  { lang: 'pt', slug: 'd4-traduzir-curto', label: M, why: 'translation of user text, tiny cap', user: 'Traduza para o inglês, numa frase curta:\n{mensagem}', vars: ['mensagem'], max: 30, temp: 0.2 },
];
