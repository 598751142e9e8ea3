import type { Api, Context } from "grammy";
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
 * The words `/sosanh A | B [chủ đề]` sends with the command `compare`: "A, B chủ đề". The topic
 * after B needs no separating: the core reads the provinces and the topic from the whole.
 * Arguments without "|" are sent as they are ("/sosanh An Giang và Long An"); none: null.
 */
export function comparisonText(args: string): string | null {
  const [a, ...rest] = args.split("|").map((s) => s.trim());
  if (!a) return null;
  const b = rest.filter(Boolean).join(" ");
  return b ? `${a}, ${b}` : a;
}

/** True for a message that opens with a command ("/abc", "/abc@bot"), which Telegram marks as such. */
export function opensWithCommand(ctx: Context): boolean {
  return ctx.message?.entities?.[0]?.type === "bot_command" && ctx.message.entities[0].offset === 0;
}
