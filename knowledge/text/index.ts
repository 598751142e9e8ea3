export { normalizeText, normalizeLines } from "./normalize.js";
export { foldText } from "./fold.js";
export { tokenize, searchTerms, STOPWORDS, FIGURE_PATTERN, type Token } from "./tokenize.js";
export { markedWords, unglue } from "./marks.js";
