import { readFileSync, readdirSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../adapters/config.js";

const LAYERS = ["knowledge", "bot", "adapters"] as const;
function files(dir: string): string[] {
  return readdirSync(join(PROJECT_ROOT, dir), { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? files(join(dir, d.name)) : d.name.endsWith(".ts") ? [join(dir, d.name)] : [],
  );
}
const importsOf = (file: string) => [...readFileSync(join(PROJECT_ROOT, file), "utf8").matchAll(/from\s+"(\.[^"]+)"/g)].map((m) => relative(PROJECT_ROOT, join(PROJECT_ROOT, file, "..", m[1]!)));

describe("layers", () => {
  it("import one way: adapters → bot → knowledge", () => {
    const bad: string[] = [];
    for (const layer of LAYERS) {
      const allowed = LAYERS.slice(0, LAYERS.indexOf(layer) + 1);
      for (const f of files(layer)) for (const target of importsOf(f)) if (!allowed.some((l) => target.startsWith(`${l}/`) || target === l)) bad.push(`${f} → ${target}`);
    }
    expect(bad).toEqual([]);
  });

  it("keep the environment and files out of bot/ and knowledge/", () => {
    const bad = [...files("bot"), ...files("knowledge")].filter((f) => /process\.env|from "node:fs"/.test(readFileSync(join(PROJECT_ROOT, f), "utf8")));
    expect(bad).toEqual([]);
  });
});
