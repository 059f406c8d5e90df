// The advisor's public surface: complexity verdicts, cheaper candidates, cost findings.
export { assessComplexity, countTools, schemaFields } from './complexity';
export type { ComplexityAssessment, ComplexityLevel } from './complexity';
export { findCandidates, rejectionOf, rescaleTokens, candidateCost, FIRST_PARTY_PROVIDERS } from './candidates';
export type { CallNeeds, CandidateSettings } from './candidates';
export { adviseCall, alternativesFor, needsOf, ruleSettings } from './advise';
export type { AdviseSettings } from './advise';
export { RULES, runRules, capParam, looksLikeScript, staticPrefix } from './rules';
export type { Rule, RuleContext, RuleSettings } from './rules';
export { TIERS, tierRank } from './book';
export type { AdvisorBook, Tier } from './book';
export { TEXT_SIGNALS } from './lexicon';
export { newerSameTier, serviceTier, isNewer as isNewerModel, versionOf } from './no-downgrade';
export { structureOf, outputShape, taskLocus, hardTasks } from './structure';
export type { StructureFacts, OutputShape, TaskLocus, Blocker } from './structure';
export { detectLanguage, anyPhrase, PHRASE_TABLES, COVERED as COVERED_LANGUAGES } from './lang';
export { literalsOf as phraseLiterals, fold as foldCase } from './lang/literals';
export { LETTER_RANGES as PHRASE_LETTER_RANGES } from './lang';
