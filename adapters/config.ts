import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { z } from "zod";
import { DEFAULT_CORPUS_DIR } from "../knowledge/index.js";

/** The project's root folder. */
export const PROJECT_ROOT = fileURLToPath(new URL("..", import.meta.url));

const Env = z.object({
  CORPUS_DIR: z
    .string()
    .trim()
    .min(1)
    .optional()
    .refine((d) => d === undefined || existsSync(d), { message: "the folder does not exist" }),
  INDEX_DIR: z.string().trim().min(1).optional(),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  MAX_MESSAGE_LENGTH: z.coerce.number().int().min(20).max(20_000).default(2000),
  CONTEXT_TTL_MINUTES: z.coerce.number().positive().max(7 * 24 * 60).default(30),
});

/** Settings, read once from the environment at start. */
export interface Config {
  /** Folder of articles. Default: the embedded corpus. */
  readonly corpusDir: string;
  /** Folder where the built index is persisted. Default: `.cache/index` in the project. */
  readonly indexDir: string;
  readonly logLevel: z.infer<typeof Env>["LOG_LEVEL"];
  readonly maxMessageLength: number;
  readonly contextTtlMs: number;
}

/** A wrong setting; the message names every bad variable. */
export class ConfigError extends Error {
  override readonly name = "ConfigError";
  constructor(readonly problems: readonly string[]) {
    super(`Invalid settings:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
  }
}

/**
 * Reads the settings once: from the environment, after a `.env` file in the working folder when
 * there is one. Every problem is listed in one {@link ConfigError}.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, dotenvPath = resolve(".env")): Config {
  if (env === process.env && existsSync(dotenvPath)) process.loadEnvFile(dotenvPath);
  const blanksRemoved = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== ""));
  const parsed = Env.safeParse(blanksRemoved);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((i) => `${i.path.join(".")}=${JSON.stringify(env[String(i.path[0])] ?? "")}: ${i.message}`));
  }
  const c = parsed.data;
  return {
    corpusDir: resolve(c.CORPUS_DIR ?? DEFAULT_CORPUS_DIR),
    indexDir: resolve(c.INDEX_DIR ?? resolve(PROJECT_ROOT, ".cache/index")),
    logLevel: c.LOG_LEVEL,
    maxMessageLength: c.MAX_MESSAGE_LENGTH,
    contextTtlMs: c.CONTEXT_TTL_MINUTES * 60_000,
  };
}
