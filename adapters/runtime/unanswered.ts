import { existsSync, readFileSync } from "node:fs";
import { mkdir, rename, writeFile } from "node:fs/promises";
import { dirname } from "node:path";
import type { Redis } from "ioredis";
import type { Logger } from "pino";
import { foldText } from "../../knowledge/index.js";

/** A question people asked that the corpus could not answer, and how often. */
export interface UnansweredCount {
  /** The question folded: lower case, no diacritics, single spaces; no user id, ever. */
  readonly question: string;
  readonly count: number;
}

/**
 * Counts what the bot could not answer (no data, a province's figure the articles lack,
 * clarification, off-topic) by folded question
 * text, so editors see which figures people want and the corpus lacks.
 */
export interface UnansweredLog {
  record(question: string): Promise<void>;
  /** The most asked first. */
  top(limit: number): Promise<UnansweredCount[]>;
  close(): Promise<void>;
}

// Questions are counted by meaning-preserving folded text: "Quảng Ninh?" and "quang ninh" meet.
const MAX_KEY = 300;
/** The form a question is counted under. */
export function foldQuestion(question: string): string {
  return foldText(question)
    .replace(/[^\p{L}\p{N}%/.,-]+/gu, " ")
    .replace(/[.,]+(?=\s|$)/g, "")
    .replace(/\s+/g, " ")
    .trim()
    .slice(0, MAX_KEY);
}

const sorted = (counts: Iterable<[string, number]>, limit: number): UnansweredCount[] =>
  Array.from(counts, ([question, count]) => ({ question, count }))
    .sort((a, b) => b.count - a.count || a.question.localeCompare(b.question))
    .slice(0, limit);

/** Options of both logs. */
export interface UnansweredLogOptions {
  /**
   * Distinct questions kept, the most asked. Up to twice as many are held, so that a new question
   * has room to be asked again before the least asked are dropped. Default 1000.
   */
  readonly maxQuestions?: number;
  readonly logger?: Logger;
}

const DEFAULT_MAX = 1000;

/**
 * The log in a local JSON file, for a single instance: counted in memory, bounded, and written
 * without blocking answers — at most once a second, one write at a time (to a temporary file,
 * then renamed) — and at close.
 */
export class FileUnansweredLog implements UnansweredLog {
  private counts = new Map<string, number>();
  private readonly max: number;
  private readonly logger: Logger | undefined;
  private timer: NodeJS.Timeout | null = null;
  private writing: Promise<void> | null = null;
  private dirty = false;

  constructor(
    private readonly path: string,
    options: UnansweredLogOptions = {},
  ) {
    this.max = options.maxQuestions ?? DEFAULT_MAX;
    this.logger = options.logger;
    if (existsSync(path)) {
      try {
        const saved = JSON.parse(readFileSync(path, "utf8")) as { counts?: Record<string, number> };
        for (const [q, n] of Object.entries(saved.counts ?? {})) if (typeof n === "number") this.counts.set(q, n);
        this.trim();
      } catch (e) {
        this.logger?.warn({ err: { message: (e as Error).message }, path }, "unanswered-questions file unreadable; counting afresh");
      }
    }
  }

  async record(question: string): Promise<void> {
    const q = foldQuestion(question);
    if (!q) return;
    this.counts.set(q, (this.counts.get(q) ?? 0) + 1);
    if (this.counts.size > 2 * this.max) this.trim();
    this.dirty = true;
    this.timer ??= setTimeout(() => void this.save(), 1000);
    this.timer.unref();
  }

  async top(limit: number): Promise<UnansweredCount[]> {
    return sorted(this.counts, limit);
  }

  /** Writes what is not saved yet, after any write under way. */
  async close(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    await this.writing;
    if (this.dirty) await this.save();
  }

  // Down to the `max` most asked: sorting happens once per `max` new questions, not per question.
  private trim(): void {
    if (this.counts.size <= this.max) return;
    this.counts = new Map(sorted(this.counts, this.max).map((c) => [c.question, c.count]));
  }

  private save(): Promise<void> {
    this.timer = null;
    if (this.writing) {
      // One write at a time; the counts changed meanwhile go in the next one.
      this.timer = setTimeout(() => void this.save(), 1000);
      this.timer.unref();
      return this.writing;
    }
    this.dirty = false;
    const json = JSON.stringify({ counts: Object.fromEntries(this.counts) });
    const tmp = `${this.path}.${process.pid}.tmp`;
    this.writing = mkdir(dirname(this.path), { recursive: true })
      .then(() => writeFile(tmp, json))
      .then(() => rename(tmp, this.path))
      .catch((e: Error) => this.logger?.error({ err: { message: e.message }, path: this.path }, "could not write the unanswered-questions file"))
      .finally(() => {
        this.writing = null;
      });
    return this.writing;
  }
}

/** Distinct questions counted while Redis is unreachable, at most. */
const MAX_PENDING = 10_000;

// Past twice the questions kept, the sorted set is cut down to the most asked (ties: the first
// in Redis's order), in the same round trip as the counts.
const TRIM = "if redis.call('ZCARD', KEYS[1]) > 2 * tonumber(ARGV[1]) then redis.call('ZREMRANGEBYRANK', KEYS[1], 0, -tonumber(ARGV[1]) - 1) end return 0";

/** The log in Redis (a sorted set, bounded), shared by every instance. */
export class RedisUnansweredLog implements UnansweredLog {
  // Counts made while Redis was unreachable, added when it answers again.
  private readonly pending = new Map<string, number>();
  private readonly max: number;

  constructor(
    private readonly redis: Redis,
    private readonly key: string,
    options: UnansweredLogOptions = {},
  ) {
    this.max = options.maxQuestions ?? DEFAULT_MAX;
  }

  async record(question: string): Promise<void> {
    const q = foldQuestion(question);
    if (!q) return;
    // A long outage keeps the most recent questions only: counts are for editors, not accounts.
    if (this.pending.size >= MAX_PENDING && !this.pending.has(q)) this.pending.delete(this.pending.keys().next().value!);
    this.pending.set(q, (this.pending.get(q) ?? 0) + 1);
    if (this.redis.status !== "ready") return;
    const batch = Array.from(this.pending);
    this.pending.clear();
    try {
      const m = this.redis.multi();
      for (const [text, n] of batch) m.zincrby(this.key, n, text);
      m.eval(TRIM, 1, this.key, this.max);
      await m.exec();
    } catch {
      for (const [text, n] of batch) this.pending.set(text, (this.pending.get(text) ?? 0) + n);
    }
  }

  async top(limit: number): Promise<UnansweredCount[]> {
    const flat = await this.redis.zrevrange(this.key, 0, limit - 1, "WITHSCORES");
    const counts: [string, number][] = [];
    for (let i = 0; i < flat.length; i += 2) counts.push([flat[i]!, Number(flat[i + 1])]);
    return sorted(counts, limit);
  }

  async close(): Promise<void> {}
}
