/** `tsx bench/scale/main.ts`: the scale section of the benchmark alone (`npm run bench` runs it too). */
import { runScaleSection } from "./section.js";

console.log(runScaleSection());
