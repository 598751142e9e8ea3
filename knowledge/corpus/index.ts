export { parseArticle, isArticleFile, ARTICLE_EXTENSIONS } from "./parse.js";
export { splitSentences, type SentenceSpan } from "./sentences.js";
export { documentOf, type Sentence, type ArticleDocument, type TableCell } from "./document.js";
export { ArticleError, type Article, type Block } from "./types.js";
export { DEFAULT_CORPUS_DIR } from "./default-dir.js";
