import { parse as parseYaml, YAMLParseError } from "yaml";
import { z } from "zod";
import { foldText, normalizeLines, normalizeText } from "../text/index.js";
import { cleanLines, firstContentLine, looksLikeTitle, type Line } from "./clean.js";
import { rowCells } from "./table.js";
import { ArticleError, type Article } from "./types.js";

/** File extensions read as articles. */
export const ARTICLE_EXTENSIONS = [".txt", ".md"] as const;

const FrontMatter = z.object({
  title: z.string().trim().min(1, "title is empty"),
  source: z.string().trim().min(1).nullish(),
  url: z.string().trim().url().nullish(),
  published: z.union([z.string().trim().min(1), z.date()]).nullish(),
  author: z.string().trim().min(1).nullish(),
  provinces: z.array(z.string().trim().min(1)).nullish(),
});

/**
 * Reads one article file: `.txt` (the first non-empty line is the title, as in the shipped
 * corpus) or `.md` with YAML front matter (title required; source, url, published, author, provinces
 * optional). Throws {@link ArticleError} naming the file and line when the file cannot be used.
 */
export function parseArticle(file: string, bytes: Uint8Array): Article {
  const text = decodeUtf8(file, bytes);
  if (!text.trim()) throw new ArticleError("empty", file, null, "the file is empty");
  const id = file.replace(/\.[^.]+$/, "");
  return file.toLowerCase().endsWith(".md") ? parseMarkdown(id, file, text) : parsePlain(id, file, text);
}

function decodeUtf8(file: string, bytes: Uint8Array): string {
  try {
    return normalizeLines(new TextDecoder("utf-8", { fatal: true }).decode(bytes));
  } catch (cause) {
    let line = 1;
    let start = 0;
    for (let i = 0; i <= bytes.length; i++) {
      if (i === bytes.length || bytes[i] === 0x0a) {
        try {
          new TextDecoder("utf-8", { fatal: true }).decode(bytes.subarray(start, i));
        } catch {
          break;
        }
        line += 1;
        start = i + 1;
      }
    }
    throw new ArticleError("not-utf8", file, line, "not valid UTF-8 text (save the file as UTF-8)", { cause });
  }
}

const toLines = (text: string, firstLine = 1): Line[] => text.split("\n").map((t, i) => ({ text: t, line: i + firstLine }));

function parsePlain(id: string, file: string, text: string): Article {
  const lines = toLines(text);
  const first = firstContentLine(lines);
  if (!first) throw new ArticleError("no-text", file, null, "no article text after removing page chrome");
  const hasTitleLine = looksLikeTitle(first.text);
  const title = hasTitleLine ? first.text : openingWords(first.text);
  const body = hasTitleLine ? lines.filter((l) => l.line !== first.line) : lines;
  const { blocks, source, author, published } = cleanLines(body, hasTitleLine ? title : null);
  if (!blocks.some((b) => b.kind !== "heading")) throw new ArticleError("no-text", file, first.line, "a title but no paragraph of text");
  return { id, file, title, titleFromText: !hasTitleLine, source, url: null, published, author, declaredProvinces: [], blocks };
}

function parseMarkdown(id: string, file: string, text: string): Article {
  const fm = /^---\n([\s\S]*?)\n---\n?/.exec(text);
  if (!fm) throw new ArticleError("no-title", file, 1, "a .md article needs YAML front matter with a title (--- title: … ---)");
  let data: unknown;
  try {
    data = parseYaml(fm[1]!) ?? {};
  } catch (cause) {
    const line = cause instanceof YAMLParseError ? (cause.linePos?.[0]?.line ?? 0) + 1 : 1;
    throw new ArticleError("front-matter", file, line, `front matter is not valid YAML: ${(cause as Error).message.split("\n")[0]}`, { cause });
  }
  const parsed = FrontMatter.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const field = issue.path.join(".") || "front matter";
    const code = field === "title" ? "no-title" : "front-matter";
    throw new ArticleError(code, file, 2, `${field}: ${issue.message === "Invalid input: expected string, received undefined" ? "missing" : issue.message}`);
  }
  const meta = parsed.data;
  const bodyStart = fm[0].split("\n").length;
  const lines = markdownParagraphs(text.slice(fm[0].length), bodyStart);
  const { blocks, source, author, published: dated } = cleanLines(lines, meta.title);
  if (!blocks.some((b) => b.kind !== "heading")) throw new ArticleError("no-text", file, bodyStart, "front matter but no paragraph of text");
  const published = meta.published instanceof Date ? meta.published.toISOString().slice(0, 10) : (meta.published ?? dated);
  return {
    id,
    file,
    title: normalizeText(meta.title),
    titleFromText: false,
    source: meta.source ?? source,
    url: meta.url ?? null,
    published,
    author: meta.author ?? author,
    declaredProvinces: meta.provinces ?? [],
    blocks,
  };
}

// Markdown syntax is layout, not text: headings' "#", list bullets, emphasis marks, link targets.
// A paragraph may wrap over several lines: they join into one, numbered by its first line; a
// heading, list item or table row stands alone.
function markdownParagraphs(body: string, firstLine: number): Line[] {
  const out: Line[] = [];
  let current: { text: string; line: number } | null = null;
  body.split("\n").forEach((raw, i) => {
    const line = i + firstLine;
    const alone = /^\s{0,3}#{1,6}\s|^\s*(?:[-*+]|\d+[.)])\s/.test(raw) || rowCells(raw) !== null;
    const text = stripInline(raw);
    if (!text.trim() || alone) {
      if (current) out.push(current);
      current = null;
      if (text.trim()) out.push({ text, line });
      return;
    }
    current = current ? { text: `${current.text} ${text}`, line: current.line } : { text, line };
  });
  if (current) out.push(current);
  return out;
}

function stripInline(l: string): string {
  return (
    l
        .replace(/^\s{0,3}#{1,6}\s+/, "")
        .replace(/^\s*(?:[-*+]|\d+[.)])\s+(?=\S)/, "")
        .replace(/^\s*>\s?/, "")
        .replace(/!\[[^\]]*\]\([^)]*\)/g, "")
        .replace(/\[([^\]]+)\]\([^)]*\)/g, "$1")
        .replace(/(\*\*|__)(.+?)\1/g, "$2")
        .replace(/(?<![\p{L}\p{N}])[*_]([^*_\n]+)[*_](?![\p{L}\p{N}])/gu, "$1")
  );
}

// The first words of an untitled article, as its label: a quote, cut at a word boundary.
function openingWords(paragraph: string): string {
  const words = normalizeText(paragraph).split(" ");
  let out = "";
  for (const w of words) {
    if ((out + " " + w).length > 90) break;
    out = out ? `${out} ${w}` : w;
  }
  return `${out.replace(/[,;:]$/, "")}…`;
}

/** True for a file name the corpus reads. */
export function isArticleFile(name: string): boolean {
  const lower = name.toLowerCase();
  return !lower.startsWith(".") && foldText(lower) !== "readme.md" && ARTICLE_EXTENSIONS.some((e) => lower.endsWith(e));
}
