export { extractFacts, topicOf } from "./extract.js";
export { parseVietnameseNumber, parseFigure, type ParsedNumber } from "./numbers.js";
export { periodsIn, type PeriodMention } from "./period.js";
export { TOPICS, SYNONYMS, type Topic, type TopicId, type Pillar } from "./lexicon.js";
export type { Fact } from "./types.js";
