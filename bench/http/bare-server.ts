/**
 * The HTTP baseline: a bare fastify route returning a fixed JSON, nothing else (no logging, no
 * plugins). What `POST /api/ask` costs beyond it is what the bot and its safety add.
 */
import Fastify from "fastify";

const FIXED = { intent: "figure", text: "Long An: 1.480 dịch vụ công trực tuyến (tháng 8/2023) [1].", citations: [], facts: [] };
const app = Fastify({ logger: false });
app.post("/api/ask", async () => FIXED);
await app.listen({ port: Number(process.env.PORT), host: "127.0.0.1" });
process.once("SIGTERM", () => void app.close().then(() => process.exit(0)));
