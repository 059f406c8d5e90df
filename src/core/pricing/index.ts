// Pricing: the catalog's types, its validator, the layered PriceBook and its lookup.
export type {
  Catalog, CatalogModel, CatalogProblem, CatalogSource, CatalogMode, Tier as CatalogTier, ModelCapabilities,
  TokenizerInfo, AboveTier, LayerInfo, LayerKind,
} from './types';
export { parseCatalog, type ParseOptions, type ParseResult } from './parse';
export { PriceBook, REFRESH_HINT, type LookupResult, type MatchKind } from './pricebook';
export { mergeLayers, type CatalogLayer } from './merge';
export { loadPriceBook, loadOptionsOf, bundledCatalogPath, type LoadOptions } from './load';
export { summarizeCatalog, type CatalogSummary, type ProviderSummary } from './summary';
export { canonicalName, normalizeVendor } from './names';
export { deprecationInfo, liveSuccessor, type DeprecationInfo } from './deprecation';
export { modelLine, modelLines, snapshotsOf, newestSnapshot, alignDeprecation } from './lines';
export { convertLitellm, catalogText, type CuratedOverlay, type TokenMeasurements } from './convert';
export {
  updateCatalog, checkLitellmMap, download, updatedCatalogPath, CatalogUpdateError, DEFAULT_UPDATE_URL,
  type UpdateOptions, type UpdateResult, type RejectedEntry,
} from './update';
