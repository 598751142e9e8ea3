import type { Language } from "../../knowledge/index.js";
import { en } from "./en.js";
import { vi, type Messages } from "./vi.js";

export type { Messages } from "./vi.js";

/** Every language's messages: a turn answers with those of the language its question is read in. */
export const MESSAGES: Readonly<Record<Language, Messages>> = { vi, en };
