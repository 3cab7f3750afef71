// Reports the initial JavaScript (what index.html loads) gzipped, and fails above the budget.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

const BUDGET_KB = 250;
const dist = new URL("../dist/", import.meta.url).pathname;
const html = readFileSync(join(dist, "index.html"), "utf8");
const scripts = [...html.matchAll(/<(?:script[^>]+src|link[^>]+rel="modulepreload"[^>]+href)="\/([^"]+\.js)"/g)].map(
  (m) => m[1],
);
let total = 0;
for (const path of scripts) {
  const gz = gzipSync(readFileSync(join(dist, path))).length;
  total += gz;
  console.log(`  ${path}: ${(gz / 1024).toFixed(1)} KB gzip`);
}
const kb = total / 1024;
console.log(`Initial JavaScript: ${kb.toFixed(1)} KB gzip (budget ${BUDGET_KB} KB)`);
if (kb > BUDGET_KB) {
  console.error("Initial JavaScript is over budget");
  process.exit(1);
}
