/**
 * `npm run bench`: build, load and answer timings of the bot on the embedded corpus, beside plain
 * MiniSearch over the articles' raw sentences, measured in the same run. Figures go to stdout and
 * to bench/RESULTS.md; ratios, not absolute times, are what compare across machines. Then the
 * scale section (bench/scale/): synthetic corpora of 100, 1 000 and 10 000 articles (`BENCH_SIZES`
 * to choose), figures to bench/RESULTS.md and bench/scale.svg; then the HTTP section (bench/http/):
 * the API and the webhooks under load, beside a bare fastify route, to bench/RESULTS.md; then the
 * runtime section: start-up and throughput of the compiled service beside tsx; then the search
 * section (bench/search/): the bot's term index beside MiniSearch itself, one per province, on the
 * shipped corpus and 10 000 articles (`BENCH_SEARCH_SIZES`).
 * `BENCH_SECTIONS=scale,http` runs only the sections named (embedded, scale, http, runtime, search).
 */
import { runEmbeddedSection } from "./embedded.js";
import { runHttpSection } from "./http/section.js";
import { runRuntimeSection } from "./runtime.js";
import { runScaleSection } from "./scale/section.js";
import { runSearchSection } from "./search/section.js";

const wanted = new Set((process.env.BENCH_SECTIONS || "embedded,scale,http,runtime,search").split(",").map((s) => s.trim()));
if (wanted.has("embedded")) console.log(await runEmbeddedSection());
if (wanted.has("scale")) console.log(runScaleSection());
if (wanted.has("http")) console.log(await runHttpSection());
if (wanted.has("runtime")) console.log(await runRuntimeSection());
if (wanted.has("search")) console.log(runSearchSection());
