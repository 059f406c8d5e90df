import type { LanguageLexicon } from './types';

export const pt: LanguageLexicon = {
  code: 'pt', franc: 'por',
  or: ['ou'],
  oneOf: ['(?:uma|um) (?:d[oa]s|entre)', 'escolh\\p{L}* (?:entre|uma|um)', 'selecion\\p{L}* (?:entre|uma|um)', 'valores permitidos'],
  yes: ['sim', 'verdadeiro'],
  no: ['não', 'nao', 'falso'],
  number: ['entre \\d+ e \\d+', 'de \\d+ a \\d+', '(?:um|apenas um|somente um) (?:número|inteiro|dígito|percentual)', 'uma (?:nota|pontuação)', 'apenas o número', 'avali\\p{L}* (?:\\p{L}+ )?(?:de \\d|numa escala|em uma escala)', '(?:numa|em uma) escala de', 'nota de \\d'],
  code_: ['código (?:do |de )?(?:idioma|país|moeda|língua)', 'código iso', 'formato de data', 'código de (?:duas|três) letras'],
  oneWord: ['uma (?:única )?palavra', '(?:apenas|somente|só) (?:o|a|com o|com a) (?:rótulo|categoria|palavra|número|nome|código|classe)', 'nada mais', 'sem explicaç\\p{L}*', 'nenhum outro texto'],
  only: ['apenas', 'somente', 'só'],
  shortLimit: ['(?:apenas|somente|só) o (?:título|slogan|assunto)', '(?:no máximo|máximo|até|não mais que) (?:\\d{1,2}|uma|duas|três|quatro|cinco|seis|sete|oito|nove|dez|doze) (?:palavras|caracteres)', '(?:\\d{1,2}|uma|duas|três|quatro|cinco|seis|sete|oito|nove|dez|doze) palavras'],
  extract: ['extrai[ra]?', 'extraia'],
  hard: {
    'maths-logic': ['o dobro', 'o triplo', 'a metade d[oa]', 'a soma d[oa]s?', 'juros compostos', 'resolva', 'resolver', 'equaç\\p{L}*', 'aritmética', 'matemátic\\p{L}*', 'álgebra', 'geometria', 'integra(?:l|is)', 'derivada\\p{L}*', 'enigma\\p{L}*', 'charada\\p{L}*', 'quebra-cabeça\\p{L}*', 'problema de lógica', 'calcul\\p{L}*', 'números primos'],
    proof: ['demonstr\\p{L}*', 'prove que', 'prova (?:formal|que)', 'teorema\\p{L}*', 'conjectura\\p{L}*', 'lema\\p{L}*'],
    game: ['shogi', 'partida de go', 'xadrez', 'xeque-mate', '(?:melhor|próxima) jogada', 'melhor lance', 'sudoku', 'pôquer', 'poker', 'posição (?:do|no) tabuleiro'],
    'code-verdict': ['(?:erro|bug) no código', '(?:contém|tem) (?:um )?bug', 'condição de corrida', 'deadlock', 'impasse', 'vulnerab\\p{L}*', 'falha de segurança', 'problema de segurança', 'injeção', 'vazamento de memória', 'compila'],
    forecast: ['previs\\p{L}*', 'prever', 'preveja', 'predi\\p{L}*', 'probabilidade de', 'próximo (?:trimestre|ano|mês)', 'vai (?:subir|cair|ganhar|perder)'],
    policy: ['elegív\\p{L}*', 'elegibilidade', 'tem direito a', 'está em conformidade', 'conformidade com', 'segundo (?:a|nossa) política', 'de acordo com a política', 'viola (?:a|as|o)', 'lgpd', 'permitido pela'],
    legal: ['cláusula\\p{L}*', 'contrato\\p{L}*', 'leis?', 'legal(?:mente)?', 'jurídic\\p{L}*', 'direito (?:a|à|ao)', 'tem direito', 'dedutív\\p{L}*', 'advogad\\p{L}*', 'previdenci\\p{L}*', 'aposentadoria'],
    clinical: ['triagem', 'sintoma\\p{L}*', 'diagnóstic\\p{L}*', 'paciente\\p{L}*', 'dosagem', 'medicament\\p{L}*'],
    grading: ['avali\\p{L}* (?:a|o|esta|este) (?:redação|resposta|ensaio|solução)', 'rubrica', 'avalie a qualidade', 'a (?:resposta|solução) está correta', 'verificação de fatos', 'checagem de fatos', 'alucina\\p{L}*', 'convincente'],
    'multi-hop': ['(?:com base n|segundo |de acordo com |usando )(?:os|esses|todos os) (?:documentos|trechos|passagens|artigos|textos)', 'vários documentos', 'combin\\p{L}* (?:as )?informaç\\p{L}*'],
    reasoning: ['passo a passo', 'pense (?:com cuidado|bem|cuidadosamente)', 'raciocin\\p{L}* (?:passo|com cuidado)', 'mostre seu raciocínio'],
  },
  problemNames: ['pergunta', 'perguntas', 'questao', 'problema', 'enigma', 'equacao'],
};
