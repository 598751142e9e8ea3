import { z } from "zod";
import { COMMANDS } from "./commands.js";
import type { Answer } from "./types.js";

const MarkedSchema = z.object({ before: z.string(), figure: z.string(), after: z.string() });

const StatementSchema = z.object({
  place: z.string(),
  goal: z.string().nullable(),
  figure: MarkedSchema,
  measure: z.string().nullable(),
  scope: z.string().nullable(),
  period: z.string().nullable(),
  citation: z.number().int().positive(),
});

const FigureBlockSchema = z.object({ kind: z.literal("figure"), rank: z.number().int().positive().nullable(), statement: StatementSchema });
const FactBlockSchema = z.object({
  kind: z.literal("fact"),
  place: z.string().nullable(),
  words: MarkedSchema,
  goal: z.string().nullable(),
  period: z.string().nullable(),
  citation: z.number().int().positive(),
});
const LineBlockSchema = z.object({ kind: z.literal("line"), text: z.string(), bullet: z.boolean() });

/** The blocks of an answer (bot/blocks.ts), as the contract prints them. */
export const BlockSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("headline"), text: z.string(), verdict: z.string().nullable(), statement: StatementSchema.nullable() }),
  z.object({ kind: z.literal("series"), title: z.string() }),
  FigureBlockSchema,
  FactBlockSchema,
  LineBlockSchema,
  z.object({ kind: z.literal("section"), title: z.string(), items: z.array(z.discriminatedUnion("kind", [FigureBlockSchema, FactBlockSchema, LineBlockSchema])) }),
  z.object({ kind: z.literal("suggestions") }),
  z.object({ kind: z.literal("references") }),
  z.object({ kind: z.literal("note"), about: z.enum(["merger", "periods", "definitions", "goal", "year", "coverage", "conflict"]), text: z.string() }),
  z.object({ kind: z.literal("citations"), label: z.string() }),
]);

/**
 * The JSON answer contract: what `ask --json`, the batch mode and the HTTP API print. `text` is
 * the plain rendering of `blocks`; `headline`, `blocks`, `suggestions` and `series` are for
 * channels; the rest is the documented core.
 */
export const AnswerSchema = z.object({
  question: z.string(),
  intent: z.string(),
  provinces: z.array(z.string()),
  text: z.string(),
  headline: z.string(),
  blocks: z.array(BlockSchema),
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
  suggestions: z.array(z.object({ label: z.string(), text: z.string(), command: z.enum(COMMANDS).optional() })),
  series: z.array(z.object({ label: z.string(), value: z.number(), unit: z.string().nullable(), raw: z.string(), figure: z.string(), citation: z.number().int() })),
});

/** The contract's type. */
export type AnswerContract = z.infer<typeof AnswerSchema>;

/**
 * An answer as the contract prints it: the documented fields only, mapped without re-validating
 * (a deep copy per answer cost a service under load more than its plumbing); the tests hold every
 * kind of answer to {@link AnswerSchema}.
 */
export function toContract(a: Answer): AnswerContract {
  return {
    question: a.question,
    intent: a.intent,
    provinces: a.provinces as string[],
    text: a.text,
    headline: a.headline,
    blocks: a.blocks as AnswerContract["blocks"],
    citations: a.citations as AnswerContract["citations"],
    facts: a.facts.map((f) => ({ province: f.province, raw: f.raw, value: f.value, unit: f.unit, period: f.period, citation: f.citation })),
    suggestions: a.suggestions as AnswerContract["suggestions"],
    series: a.series as AnswerContract["series"],
  };
}
