import { fileURLToPath } from "node:url";

/** Folder of the embedded default corpus: the five shipped articles. */
export const DEFAULT_CORPUS_DIR = fileURLToPath(new URL("./default/", import.meta.url));
