import type { LanguageLexicon } from './types';

export const fr: LanguageLexicon = {
  code: 'fr', franc: 'fra',
  or: ['ou'],
  oneOf: ["(?:l'une?|une?) (?:des|parmi)", 'parmi', 'choisis\\p{L}*', 'valeurs autorisées'],
  yes: ['oui', 'vrai'],
  no: ['non', 'faux'],
  number: ['entre \\d+ et \\d+', 'de \\d+ à \\d+', '(?:un|uniquement un|seulement un) (?:nombre|entier|chiffre|score|pourcentage)', 'une (?:note|notation)', 'uniquement le nombre', 'note\\p{L}* (?:\\p{L}+ )?(?:de \\d|sur une échelle)', 'sur une échelle de'],
  code_: ['code (?:de )?(?:langue|pays|devise|la langue|du pays)', 'code iso', 'format de date', 'code à (?:deux|trois) lettres'],
  oneWord: ['un (?:seul )?mot', "(?:uniquement|seulement) (?:l'étiquette|la catégorie|le mot|le nombre|le nom|le code|la classe)", "(?:l'étiquette|la catégorie|le mot|le nombre|le code) (?:uniquement|seulement)", "rien d'autre", 'sans explication', 'aucun autre texte'],
  only: ['seulement', 'uniquement', 'juste'],
  shortLimit: ['(?:uniquement|seulement) (?:le|l\') ?(?:titre|slogan|objet)', '(?:au plus|au maximum|maximum|pas plus de|moins de) (?:\\d{1,2}|un|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|douze) (?:mots|caractères)', '(?:\\d{1,2}|un|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|douze) mots'],
  extract: ['extrai[st]', 'extraire', 'extrayez'],
  hard: {
    'maths-logic': ['le double', 'le triple', 'la moitié de', 'la somme de', 'intérêts composés', 'résous', 'résoudre', 'résolvez', 'équation\\p{L}*', 'arithmétique', 'mathématique\\p{L}*', 'algèbre', 'géométrie', 'intégrale\\p{L}*', 'dérivée\\p{L}*', 'énigme\\p{L}*', 'casse-tête', 'problème de logique', 'calcule\\p{L}*', 'nombres premiers'],
    proof: ['démontre\\p{L}*', 'démonstration', 'preuve\\p{L}*', 'prouve\\p{L}*', 'théorème\\p{L}*', 'conjecture\\p{L}*', 'lemme\\p{L}*'],
    game: ['shogi', 'partie de go', 'échecs', 'échec et mat', '(?:meilleur|prochain) coup', 'sudoku', 'poker', 'position (?:sur|de) l[ae] (?:échiquier|plateau)'],
    'code-verdict': ['(?:bug|bogue) dans (?:le|ce) code', 'contient (?:un )?(?:bug|bogue)', 'condition de concurrence', 'concurrence critique', 'interblocage', 'deadlock', 'vulnérab\\p{L}*', 'faille\\p{L}* de sécurité', 'problème de sécurité', 'injection', 'fuite de mémoire', 'compile'],
    forecast: ['prévision\\p{L}*', 'prédi\\p{L}*', 'prévoi\\p{L}*', 'probabilité que', 'prochain (?:trimestre|mois)', 'année prochaine', 'va-t-(?:il|elle) (?:monter|baisser|gagner)'],
    policy: ['éligib\\p{L}*', 'a droit à', 'conforme (?:à|aux)', 'conformité', 'selon (?:la|notre) politique', 'autorisé par', 'enfreint', 'viole (?:la|les|le)', 'rgpd'],
    legal: ['clause\\p{L}*', 'contrat\\p{L}*', 'responsabilité', 'lois?', 'légal\\p{L}*', 'juridique\\p{L}*', 'a droit', 'droit à', 'déductible\\p{L}*', 'avocat\\p{L}*', 'juriste', 'fiscaliste', 'code (?:civil|du travail|des impôts)'],
    clinical: ['triage', 'symptôme\\p{L}*', 'diagnostic\\p{L}*', 'patient\\p{L}*', 'posologie', 'médicament\\p{L}*'],
    grading: ['corrig\\p{L}* (?:des|la|les|cette|une) (?:dissertation|copie|rédaction)\\p{L}*', 'barème', 'note sur \\d+', 'note (?:la|le|cette|cet) (?:dissertation|réponse|copie|solution|rédaction)', 'grille (?:de notation|d\'évaluation)', 'évalue la qualité', 'la (?:réponse|solution) est-elle correcte', 'vérification des faits', 'vérifie les faits', 'hallucin\\p{L}*', 'convaincant\\p{L}*'],
    'multi-hop': ["(?:selon|d'après|à partir des|en utilisant) (?:les|ces|tous les) (?:documents|passages|extraits|articles|sources)", 'plusieurs documents', 'croise\\p{L}* les informations'],
    reasoning: ['étape par étape', 'réfléchis (?:bien|soigneusement)', 'raisonne\\p{L}* (?:étape|soigneusement)', 'montre ton raisonnement'],
  },
  problemNames: ['question', 'questions', 'probleme', 'enigme', 'enonce', 'equation'],
};
