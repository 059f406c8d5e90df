// The decisions both extractors share (everything that is not syntax). Imports neither `typescript` nor
// `web-tree-sitter`: each extractor reads its syntax into plain values and asks here what they mean.
export { vendorFromUrl, vendorOfBaseUrl, anthropicBaseUrlVendor, vendorFromEnvName, vendorFromPrefix, vendorFromModelPrefix, vendorFromModelId, vendorFromName } from './vendor';
export { parseVolume, volumeNear, type Volume, type CommentSyntax } from './volume';
export { dearestBranch, modelAlternatives, type Branch } from './choice';
export { functionValue } from './returns';
export { roleOf, MESSAGE_CLASSES, isTemplateClass, partKind, type PartKind, isFewShotText, hasExampleTurns, unseenPromptPart } from './prompt';
export { OUTPUT_CAP_KEYS, NESTED_CONFIG_KEYS, COMPLETION_KEYS, BEST_OF_KEYS, LOGIT_BIAS_KEYS, FAVOURING_BIAS, completionCount, logitBiasOf, type Count, type LogitBias, NOT_SENT_KEYS, NOT_SENT_NESTING } from './request';
export { substitute, regexFromLiteral, regexFromPython, type Piece, type Pattern, type Replacement, type Reach } from './substitute';
export { callTags, headerTags, sameTag, TAG_STRING_PATHS, TAG_LIST_PATHS, HEADER_PATHS, type OptionReader } from './tags';
export { httpApi, httpApiOf, httpModelKey, isModelRequest, isApiPath, type HttpApi, type HttpShape, type UrlArgument, type UrlValue } from './http';
export { type StaticString, type Shape, type Hop, NO_HOPS, MAX_DEPTH, tooDeep, withHop, allHops, modelSourceOf, boundModelSource, promptSourceOf } from './values';
export { formatOfType, isJsonMime, SCHEMA_PATHS, type OutputFormat } from './format';
export { unseenShape, unseenClientVendor, type UnseenShape } from './unseen';
export { fillTemplate, type FilledTemplate } from './template';
export { modelOfVertexResource, kindForModel, throughFactory, namesModel } from './model-id';
export { STEP_CAP_KEYS, STEP_COUNT_CALLS, STOP_WHEN_KEYS, DEFAULT_LOOP_STEPS, callLoop, stepsFromBound, isAgentRunner } from './loop';
export { forcedTool, type ForcedTool } from './tool-choice';
export { LANGCHAIN_MODEL_CLASSES, type LangChainModelClass } from './langchain';
