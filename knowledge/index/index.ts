export { FactIndex, type FactHit } from "./fact-index.js";
export { INDEX_OPTIONS, SEARCH_OPTIONS, FIELD_BOOST, type FactDocument } from "./options.js";
export {
  buildKnowledge,
  serializeKnowledge,
  loadKnowledge,
  corpusHash,
  BUILD_VERSION,
  type Knowledge,
  type ArticleFile,
  type BuildResult,
  type ProvinceCoverage,
} from "./knowledge.js";
