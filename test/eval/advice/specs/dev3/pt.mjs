// Tuning batch 3 (split dev), Portuguese: see en.mjs.
const S = 'simple', M = 'moderate', C = 'complex';
export default [
  // shape: one label, list joined by "ou" (twin: d3-prognostico)
  { lang: 'pt', slug: 'd3-setor-chamado', label: S, why: 'route a provided ticket to one listed sector, labels joined with "ou"', user: 'Chamado:\n{chamado}\n\nPara qual setor vai este chamado: financeiro, logística, suporte técnico ou comercial? Responda apenas com o nome do setor.', vars: ['chamado'], max: 5, temp: 0 },
  { lang: 'pt', slug: 'd3-prognostico', label: C, why: 'clinical prognosis from a provided patient record, one listed label (twin of d3-setor-chamado)', sys: 'Você apoia médicos de UTI.', user: 'Prontuário:\n{prontuario}\n\nQual o prognóstico deste paciente nas próximas 48 horas: favorável, reservado ou grave? Responda apenas com a palavra.', vars: ['prontuario'], max: 4, temp: 0 },
  // shape: one field JSON (twin: d3-prazo-prescricao)
  { lang: 'pt', slug: 'd3-extrai-email', label: S, why: 'extract the e-mail address from a provided signature into JSON', user: 'Assinatura:\n{assinatura}\n\nExtraia o endereço de e-mail.', vars: ['assinatura'], max: 20, temp: 0, out: { email: 'string' } },
  // shape: date only (twin: d3-prazo-prescricao)
  { lang: 'pt', slug: 'd3-data-iso', label: S, why: 'normalise a provided Brazilian date to ISO, concatenated', style: 'concat', user: 'Converta a data para o formato AAAA-MM-DD e responda só com a data: {data}', vars: ['data'], max: 12, temp: 0 },
  { lang: 'pt', slug: 'd3-prazo-prescricao', label: C, why: 'compute a limitation deadline under Brazilian civil law from provided facts, date only (twin of d3-data-iso)', user: 'Fatos:\n{fatos}\n\nEm que data prescreve a pretensão de cobrança segundo o Código Civil? Responda só com a data no formato AAAA-MM-DD.', vars: ['fatos'], max: 12, temp: 0 },
  // shape: true/false (twin: d3-contract-enforceable)
  { lang: 'pt', slug: 'd3-toxico-bool', label: S, why: 'is a provided comment offensive, true/false', user: 'Comentário: {comentario}\n\nEste comentário é ofensivo? Responda true ou false.', vars: ['comentario'], max: 2, temp: 0 },
  // shape: tags from a list (twin: d3-seo-keywords)
  { lang: 'pt', slug: 'd3-tags-produto', label: S, why: 'pick the tags of a provided product description from a listed set', user: 'Descrição do produto:\n{descricao}\n\nEscolha as etiquetas que se aplicam entre: vegano, sem glúten, orgânico, sem lactose, importado. Responda com as etiquetas separadas por vírgula.', vars: ['descricao'], max: 20, temp: 0 },
];
