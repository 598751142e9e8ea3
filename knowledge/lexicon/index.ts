export { vi, TOPICS } from "./vi.js";
export { en } from "./en.js";
export { PhraseSet, foldedWords, type PhraseMatch } from "./phrases.js";
export type { Language, Lexicon, Topic, TopicId, Pillar, FigureKind, AnswerType, Scope } from "./types.js";
