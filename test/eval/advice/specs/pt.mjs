// Portuguese call sites. Labels written by hand before the tool was run (see ../README.md).
const S = 'simple', M = 'moderate', C = 'complex';
const L = 'pt';
export default [
  { lang: L, slug: 'categoria-chamado', label: S, why: 'closed category list', sys: 'Classifique o chamado em uma das categorias: cobrança, entrega, troca, cadastro, outros. Responda apenas com o nome da categoria.', user: '{chamado}', vars: ['chamado'], max: 4, temp: 0 },
  { lang: L, slug: 'sentimento-avaliacao', label: S, why: 'three listed labels', user: 'Avaliação do cliente: {avaliacao}\nO sentimento é positivo, negativo ou neutro? Só a palavra.', vars: ['avaliacao'], max: 3, temp: 0 },
  { lang: L, slug: 'alerta-plantao', label: S, why: 'sim/não on provided alert', user: 'Alerta recebido: {alerta}\nÉ preciso acionar o plantão agora? Responda sim ou não.', vars: ['alerta'], max: 2, temp: 0 },
  { lang: L, slug: 'urgencia-pedido', label: S, why: 'one of four listed urgency words', user: 'Mensagem: {mensagem}\nUrgência (baixa, média, alta ou crítica):', vars: ['mensagem'], max: 3, temp: 0 },
  { lang: L, slug: 'dados-nota-fiscal', label: S, why: 'extract fields', user: 'Extraia o CNPJ do emitente, a data de emissão e o valor total da nota fiscal abaixo.\n\n{nota}', vars: ['nota'], max: 60, temp: 0, out: { cnpj: 'string', dataEmissao: 'string', valorTotal: 'number' } },
  { lang: L, slug: 'titulo-curto', label: S, why: 'six-word title', sys: 'Crie um título de no máximo seis palavras para a conversa.', user: '{conversa}', vars: ['conversa'], max: 16, temp: 0.3 },
  { lang: L, slug: 'e-golpe', label: S, why: 'yes/no phishing flag on provided SMS with clear markers', user: 'SMS recebido: "{sms}"\nÉ uma tentativa de golpe (pede senha, código ou pagamento por link)? sim/não', vars: ['sms'], max: 2, temp: 0 },
  { lang: L, slug: 'nota-json', label: S, why: 'JSON one integer field', user: 'Comentário: {comentario}\nResponda somente {"nota": N}, N de 0 a 10, para a satisfação expressa.', vars: ['comentario'], max: 10, temp: 0, out: 'json' },
  { lang: L, slug: 'setor-responsavel', label: S, why: 'closed list of departments', sys: 'Setores: financeiro, jurídico, RH, TI. Responda somente com o setor.', user: 'Solicitação: {solicitacao}', vars: ['solicitacao'], max: 3, temp: 0, konst: true },
  { lang: L, slug: 'slogan-campanha', label: S, why: 'five-word slogan', user: 'Campanha: {campanha}\nEscreva um slogan de cinco palavras.', vars: ['campanha'], max: 16, temp: 0.9 },
  { lang: L, slug: 'cep-extrair', label: S, why: 'extract postcode', user: 'Qual é o CEP neste endereço? Responda no formato 00000-000.\n{endereco}', vars: ['endereco'], max: 6, temp: 0 },
  { lang: L, slug: 'tags-produto', label: S, why: 'pick tags from a listed set', sys: 'Escolha até duas tags da lista: eletrônicos, casa, moda, esporte, beleza, brinquedos.', user: 'Produto: {produto}', vars: ['produto'], max: 20, temp: 0, out: { tags: 'string[]' } },
  // moderate
  { lang: L, slug: 'resposta-suporte', label: M, why: 'free-form support reply with history', sys: 'Você é o atendente virtual de uma operadora de internet. Seja cordial e objetivo.', user: '{mensagem}', vars: ['mensagem'], history: true, max: 400, temp: 0.4 },
  { lang: L, slug: 'resumo-processo', label: M, why: 'open summary', user: 'Resuma o andamento processual abaixo para um cliente leigo, em até 120 palavras:\n{andamento}', vars: ['andamento'], max: 250, temp: 0.3 },
  { lang: L, slug: 'reescrever-email', label: M, why: 'rewrite in another tone', user: 'Reescreva este e-mail de cobrança de forma mais gentil, mantendo prazos e valores:\n\n{email}', vars: ['email'], max: 300, temp: 0.5 },
  // complex
  { lang: L, slug: 'problema-juros', label: C, why: 'compound-interest word problem, number only', user: 'Uma dívida de R$ {valor} cresce a 2,5% ao mês com juros compostos; o devedor paga R$ 400 ao final de cada mês. Em quantos meses a dívida será quitada? Responda só com o número inteiro de meses.', vars: ['valor'], max: 4, temp: 0 },
  { lang: L, slug: 'vulnerabilidade', label: C, why: 'security yes/no', user: 'Este endpoint permite que um usuário acesse dados de outro (IDOR)? Responda sim ou não.\n\n{codigo}', vars: ['codigo'], max: 2, temp: 0 },
  { lang: L, slug: 'direito-beneficio', label: C, why: 'legal eligibility yes/no', sys: 'Você é especialista em direito previdenciário brasileiro (regras pós-reforma de 2019).', user: 'Dados do segurado: {dados}\nTem direito à aposentadoria por tempo de contribuição hoje? SIM ou NÃO.', vars: ['dados'], max: 2, temp: 0 },
  { lang: L, slug: 'lance-xadrez', label: C, why: 'chess move', user: 'FEN: {fen}\nQual o melhor lance para as brancas? Apenas o lance em notação UCI.', vars: ['fen'], max: 5, temp: 0 },
  { lang: L, slug: 'avaliar-redacao', label: C, why: 'judgement-heavy grading (ENEM rubric)', sys: 'Corrija a redação segundo as cinco competências do ENEM, de 0 a 200 cada, e some a nota final.', user: 'Tema: {tema}\n\nRedação:\n{redacao}', vars: ['tema', 'redacao'], max: 60, temp: 0, out: { notaFinal: 'int' } },
  { lang: L, slug: 'revisao-pr', label: C, why: 'code-review verdict', user: 'Analise o diff e diga se há bug de concorrência. Responda APROVAR ou REJEITAR.\n\n{diff}', vars: ['diff'], max: 3, temp: 0 },
];
