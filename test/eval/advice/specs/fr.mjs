// French call sites. Labels written by hand before the tool was run (see ../README.md).
const S = 'simple', M = 'moderate', C = 'complex';
const L = 'fr';
export default [
  { lang: L, slug: 'categorie-demande', label: S, why: 'closed category list for provided request', sys: 'Classe la demande du client dans une catégorie : facturation, livraison, retour, compte, autre. Réponds uniquement par la catégorie.', user: '{demande}', vars: ['demande'], max: 4, temp: 0 },
  { lang: L, slug: 'avis-sentiment', label: S, why: 'three listed labels', user: 'Avis : « {avis} »\nSentiment (positif, négatif ou neutre) :', vars: ['avis'], max: 3, temp: 0 },
  { lang: L, slug: 'alerte-astreinte', label: S, why: 'oui/non on a provided alert', user: 'Voici une alerte de supervision :\n{alerte}\nFaut-il réveiller la personne d\'astreinte ? Réponds par oui ou par non.', vars: ['alerte'], max: 2, temp: 0 },
  { lang: L, slug: 'niveau-urgence', label: S, why: 'one of four listed urgency words', user: 'Message : {message}\nNiveau d\'urgence parmi : faible, normal, élevé, critique. Un seul mot.', vars: ['message'], max: 3, temp: 0 },
  { lang: L, slug: 'extraction-facture', label: S, why: 'fields from provided invoice', sys: 'Tu extrais les informations des factures fournisseurs.', user: 'Facture :\n{facture}\n\nDonne le numéro de SIRET, la date et le montant TTC.', vars: ['facture'], max: 60, temp: 0, out: { siret: 'string', date: 'string', montantTtc: 'number' } },
  { lang: L, slug: 'titre-article', label: S, why: 'short title for provided article', user: 'Propose un titre de six mots maximum pour cet article :\n{article}', vars: ['article'], max: 20, temp: 0.5 },
  { lang: L, slug: 'accroche-produit', label: S, why: 'five-word tagline', user: 'Fiche produit : {fiche}\nÉcris une accroche de cinq mots.', vars: ['fiche'], max: 16, temp: 0.8 },
  { lang: L, slug: 'est-desabonnement', label: S, why: 'yes/no on provided email', user: 'Le client demande-t-il à se désabonner de la newsletter ? true/false\n\n{email}', vars: ['email'], max: 2, temp: 0 },
  { lang: L, slug: 'note-json', label: S, why: 'JSON with one integer field', user: 'Commentaire : {commentaire}\nRéponds en JSON {"note": N} avec N entre 1 et 5.', vars: ['commentaire'], max: 10, temp: 0, out: 'json' },
  { lang: L, slug: 'service-competent', label: S, why: 'closed list of services', sys: 'Services : comptabilité, RH, informatique, juridique, achats.\nIndique seulement le service concerné par le courriel.', user: '{courriel}', vars: ['courriel'], max: 4, temp: 0, konst: true, konstName: 'CONSIGNE_SERVICES' },
  { lang: L, slug: 'code-pays', label: S, why: 'ISO country code from provided address', user: 'Adresse : {adresse}\nCode pays ISO 3166-1 alpha-2 uniquement.', vars: ['adresse'], max: 2, temp: 0 },
  { lang: L, slug: 'moderation-commentaire', label: S, why: 'closed moderation label', user: 'Commentaire : {commentaire}', sys: 'Modère les commentaires du forum : acceptable, insultant, publicitaire.', vars: ['commentaire'], max: 5, temp: 0, out: { verdict: 'enum:acceptable|insultant|publicitaire' } },
  // moderate
  { lang: L, slug: 'reponse-client', label: M, why: 'free-form reply with history', sys: 'Tu es le conseiller clientèle d\'une banque en ligne. Sois courtois et précis, vouvoie le client.', user: '{message}', vars: ['message'], history: true, max: 400, temp: 0.4 },
  { lang: L, slug: 'resume-rapport', label: M, why: 'open summary', user: 'Résume ce rapport d\'activité en 150 mots pour le comité de direction :\n\n{rapport}', vars: ['rapport'], max: 300, temp: 0.3 },
  { lang: L, slug: 'reformulation-simple', label: M, why: 'rewrite in plain language', user: 'Reformule ce texte juridique en langage clair pour un particulier :\n{texte}', vars: ['texte'], max: 500, temp: 0.3 },
  // complex
  { lang: L, slug: 'probleme-maths', label: C, why: 'maths word problem, number only', user: 'Un commerçant augmente un prix de {p} %, puis le baisse de {p} %. Le prix final est de 91 €. Quel était le prix initial, arrondi au centime ? Réponds uniquement par le nombre.', vars: ['p'], max: 8, temp: 0 },
  { lang: L, slug: 'faille-securite', label: C, why: 'security yes/no on code', user: 'Ce code PHP est-il vulnérable à une injection SQL ? Réponds oui ou non.\n\n{code}', vars: ['code'], max: 2, temp: 0 },
  { lang: L, slug: 'eligibilite-apl', label: C, why: 'eligibility judgement under rules', sys: 'Tu évalues l\'éligibilité aux aides au logement (APL) selon les ressources, la composition du foyer, le loyer et la zone.', user: 'Dossier : {dossier}\nÉligible ? Réponds OUI ou NON.', vars: ['dossier'], max: 2, temp: 0 },
  { lang: L, slug: 'revue-code', label: C, why: 'code-review verdict', user: 'Relis ce diff et dis s\'il introduit une régression. Réponds ACCEPTER ou REFUSER.\n\n{diff}', vars: ['diff'], max: 3, temp: 0 },
  { lang: L, slug: 'correction-dissertation', label: C, why: 'judgement-heavy grading', sys: 'Tu corriges des dissertations de philosophie de terminale selon le barème officiel et donnes une note sur 20.', user: 'Sujet : {sujet}\n\nCopie :\n{copie}', vars: ['sujet', 'copie'], max: 20, temp: 0, out: { note: 'int' } },
  { lang: L, slug: 'question-multi-docs', label: C, why: 'multi-hop over provided documents', user: 'À partir des documents ci-dessous, réponds à la question en croisant les informations et cite tes sources.\n\nDocuments :\n{documents}\n\nQuestion : {question}', vars: ['documents', 'question'], max: 500, temp: 0 },
];
