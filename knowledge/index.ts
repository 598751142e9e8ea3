/** The knowledge layer: Vietnamese text, provinces, corpus, facts and their index. */
export * from "./text/index.js";
export * from "./provinces/index.js";
export * from "./corpus/index.js";
export * from "./lexicon/index.js";
export * from "./facts/index.js";
export * from "./index/index.js";
