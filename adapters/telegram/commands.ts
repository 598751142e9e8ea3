import type { Api } from "grammy";
import { vi } from "../../bot/index.js";
import { tgEn, tgVi } from "./messages.vi.js";

/** The abort signal type grammY's methods declare (its Node shim's); Node's own signal is one at run time. */
export type ApiSignal = Parameters<Api["getMe"]>[0];

/** Node's `AbortSignal` as grammY's methods type it. */
export const apiSignal = (signal: AbortSignal): ApiSignal => signal as unknown as ApiSignal;

/** Registers the command menu: Vietnamese for everyone, English for clients set to English. */
export async function registerCommands(api: Api, signal?: ApiSignal): Promise<void> {
  await api.setMyCommands(tgVi.commands, {}, signal);
  await api.setMyCommands(tgEn.commands, { language_code: "en" }, signal);
}

/**
 * The question `/sosanh A | B [chủ đề]` asks: "So sánh chủ đề A và B" in the core's own words;
 * the topic after B needs no separating, the core reads provinces and topic from the whole.
 * Arguments without "|" are asked as they are ("/sosanh An Giang và Long An"); none: null.
 */
export function comparisonQuestion(args: string): string | null {
  const [a, ...rest] = args.split("|").map((s) => s.trim());
  if (!a) return null;
  const b = rest.filter(Boolean).join(" ");
  return b ? vi.suggestion.compare(a, b, "").replace(/\s+/g, " ") : tgVi.compareFreeForm(a);
}
