import { describe, expect, it } from "vitest";
import { createLogger } from "../../../adapters/runtime/logger.js";
import { MemoryState } from "../../../adapters/runtime/state.js";
import { FollowUps } from "../../../adapters/zalo/follow-ups.js";

const logger = createLogger("silent");

describe("FollowUps", () => {
  it("picks the question a number names, with its command, among those last offered in that chat", async () => {
    let now = 0;
    const f = new FollowUps(new MemoryState(), 60_000, logger, () => now);
    await f.remember("zalo-oa:1", [{ text: "Chi tiết hơn", command: "more" }, { text: "Nguồn?", command: "sources" }, { text: "Lào Cai có bao nhiêu dịch vụ công?" }]);
    expect(await f.pick("zalo-oa:1", "3")).toEqual({ text: "Lào Cai có bao nhiêu dịch vụ công?" });
    expect(await f.pick("zalo-oa:1", " 2. ")).toEqual({ text: "Nguồn?", command: "sources" });
    expect(await f.pick("zalo-oa:1", "số 1")).toEqual({ text: "Chi tiết hơn", command: "more" });
    expect(await f.pick("zalo-oa:1", "4")).toBeNull();
    expect(await f.pick("zalo-oa:1", "1.480")).toBeNull();
    expect(await f.pick("zalo-oa:2", "1")).toBeNull();
    await f.remember("zalo-oa:1", []);
    expect(await f.pick("zalo-oa:1", "1")).toBeNull();
    await f.remember("zalo-oa:1", [{ text: "Nguồn?", command: "sources" }]);
    now = 60_001;
    expect(await f.pick("zalo-oa:1", "1")).toBeNull();
  });
});
