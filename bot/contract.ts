import { z } from "zod";
import type { Answer } from "./types.js";

/**
 * The JSON answer contract: what `ask --json`, the batch mode and the HTTP API print. Extra
 * fields (headline, suggestions, series) are for channels; the rest is the documented core.
 */
export const AnswerSchema = z.object({
  question: z.string(),
  intent: z.string(),
  provinces: z.array(z.string()),
  text: z.string(),
  headline: z.string(),
  citations: z.array(
    z.object({
      n: z.number().int().positive(),
      articleId: z.string(),
      title: z.string(),
      source: z.string().nullable(),
      url: z.string().nullable(),
      date: z.string().nullable(),
      quote: z.string(),
    }),
  ),
  facts: z.array(
    z.object({
      province: z.string(),
      raw: z.string(),
      value: z.number().nullable(),
      unit: z.string().nullable(),
      period: z.string().nullable(),
      citation: z.number().int().positive(),
    }),
  ),
  suggestions: z.array(z.object({ label: z.string(), text: z.string() })),
  series: z.array(z.object({ label: z.string(), value: z.number(), unit: z.string().nullable(), raw: z.string(), citation: z.number().int() })),
});

/** The contract's type. */
export type AnswerContract = z.infer<typeof AnswerSchema>;

/** An answer as the contract prints it (validated: a bug here throws, never prints half a record). */
export function toContract(a: Answer): AnswerContract {
  return AnswerSchema.parse({
    ...a,
    facts: a.facts.map((f) => ({ province: f.province, raw: f.raw, value: f.value, unit: f.unit, period: f.period, citation: f.citation })),
  });
}
