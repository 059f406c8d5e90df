// The decisions both extractors share (everything that is not syntax). Imports neither `typescript` nor
// `web-tree-sitter`: each extractor reads its syntax into plain values and asks here what they mean.
export { vendorFromUrl, vendorFromEnvName, vendorFromPrefix, vendorFromModelPrefix, vendorFromModelId } from './vendor';
export { parseVolume, volumeNear, type Volume, type CommentSyntax } from './volume';
