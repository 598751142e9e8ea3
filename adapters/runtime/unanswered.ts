import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
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
 * Counts what the bot could not answer (no data, clarification, off-topic) by folded question
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
  [...counts]
    .map(([question, count]) => ({ question, count }))
    .sort((a, b) => b.count - a.count || a.question.localeCompare(b.question))
    .slice(0, limit);

/**
 * The log in a local JSON file, for a single instance: counted in memory, written at most once a
 * second (to a temporary file, then renamed) and at close.
 */
export class FileUnansweredLog implements UnansweredLog {
  private readonly counts = new Map<string, number>();
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly path: string,
    private readonly logger?: Logger,
  ) {
    if (existsSync(path)) {
      try {
        const saved = JSON.parse(readFileSync(path, "utf8")) as { counts?: Record<string, number> };
        for (const [q, n] of Object.entries(saved.counts ?? {})) if (typeof n === "number") this.counts.set(q, n);
      } catch (e) {
        logger?.warn({ err: { message: (e as Error).message }, path }, "unanswered-questions file unreadable; counting afresh");
      }
    }
  }

  async record(question: string): Promise<void> {
    const q = foldQuestion(question);
    if (!q) return;
    this.counts.set(q, (this.counts.get(q) ?? 0) + 1);
    this.timer ??= setTimeout(() => this.flush(), 1000);
    this.timer.unref();
  }

  async top(limit: number): Promise<UnansweredCount[]> {
    return sorted(this.counts, limit);
  }

  async close(): Promise<void> {
    if (this.timer) this.flush();
  }

  private flush(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    try {
      mkdirSync(dirname(this.path), { recursive: true });
      const tmp = `${this.path}.${process.pid}.tmp`;
      writeFileSync(tmp, JSON.stringify({ counts: Object.fromEntries(this.counts) }));
      renameSync(tmp, this.path);
    } catch (e) {
      this.logger?.error({ err: { message: (e as Error).message }, path: this.path }, "could not write the unanswered-questions file");
    }
  }
}

/** Distinct questions counted while Redis is unreachable, at most. */
const MAX_PENDING = 10_000;

/** The log in Redis (a sorted set), shared by every instance. */
export class RedisUnansweredLog implements UnansweredLog {
  // Counts made while Redis was unreachable, added when it answers again.
  private readonly pending = new Map<string, number>();

  constructor(
    private readonly redis: Redis,
    private readonly key: string,
  ) {}

  async record(question: string): Promise<void> {
    const q = foldQuestion(question);
    if (!q) return;
    // A long outage keeps the most recent questions only: counts are for editors, not accounts.
    if (this.pending.size >= MAX_PENDING && !this.pending.has(q)) this.pending.delete(this.pending.keys().next().value!);
    this.pending.set(q, (this.pending.get(q) ?? 0) + 1);
    if (this.redis.status !== "ready") return;
    const batch = [...this.pending];
    this.pending.clear();
    try {
      const m = this.redis.multi();
      for (const [text, n] of batch) m.zincrby(this.key, n, text);
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
