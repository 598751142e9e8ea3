export { FactIndex, groupByProvince, type FactHit, type NearPhrases, type SearchScope, type SavedFactIndex } from "./fact-index.js";
export { INDEX_OPTIONS, FIELD_BOOST, FIELDS, type FactDocument } from "./options.js";
export { TermIndex, type TermIndexOptions, type TermMatches, type SavedTermIndex } from "./term-index.js";
export {
  buildKnowledge,
  extractCorpus,
  assembleKnowledge,
  corpusHash,
  BUILD_VERSION,
  type Knowledge,
  type ArticleFile,
  type ArticleInfo,
  type BuildResult,
  type ExtractedCorpus,
  type ProvinceCoverage,
} from "./knowledge.js";
export { PARAGRAPH_REACH, serializeKnowledge, loadKnowledge } from "./persist.js";
export { firstOf } from "./arrays.js";
export { REFERS_BACK, REGION_NAMED, namedBefore, namesAfter } from "./named-before.js";
