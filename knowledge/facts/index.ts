export { extractFacts, topicOf } from "./extract.js";
export { parseVietnameseNumber, parseFigure, type ParsedNumber } from "./numbers.js";
export { periodsIn, relativePeriodsIn, type PeriodMention } from "./period.js";
export { DTI } from "./subject.js";
export { shareOf, shareWords } from "./share.js";
export type { Fact } from "./types.js";
