import { cp } from "node:fs/promises";
import { buildSite, fixtureSite } from "/work/main/tests/helpers/fixture-site.ts";
const root = await fixtureSite("cv-try", { from: "academic" });
await cp("/work/main/tests/fixtures/cv", root, { recursive: true });
const r = await buildSite(root);
console.log(r.log.split("\n").filter((l) => /✗|⚠|cv/i.test(l)).join("\n"));
console.log("ROOT", root, r.error?.stack);
