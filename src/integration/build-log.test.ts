import assert from "node:assert/strict";
import { test } from "node:test";
import type { AstroLoggerMessage } from "astro";
import { wholeLines } from "./build-log.ts";

/** The text a destination receives, as the terminal would show it. */
function printed(messages: Omit<AstroLoggerMessage, "level">[]): string {
  let out = "";
  const destination = wholeLines({
    write: ({ message, newLine }) => (out += `${message}${newLine ? "\n" : ""}`),
  });
  for (const message of messages) destination.write({ level: "info", ...message });
  return out;
}

const route = (path: string) => ({ label: null, message: `  ├─ ${path}`, newLine: false });
const time = (ms: number) => ({ label: "SKIP_FORMAT", message: ` (+${ms}ms)`, newLine: true });

test("routes rendered one at a time keep their times", () => {
  assert.equal(
    printed([route("/a/"), time(3), route("/b/"), time(4)]),
    "  ├─ /a/ (+3ms)\n  ├─ /b/ (+4ms)\n",
  );
});

test("routes rendered at once are one line each, never run together", () => {
  assert.equal(
    printed([route("/a/"), route("/b/"), route("/c/"), time(3), time(4), time(5)]),
    "  ├─ /a/\n  ├─ /b/\n  ├─ /c/\n",
  );
});

test("after a burst, a route rendered alone has its time again", () => {
  assert.equal(
    printed([route("/a/"), route("/b/"), time(3), time(4), route("/c/"), time(5)]),
    "  ├─ /a/\n  ├─ /b/\n  ├─ /c/ (+5ms)\n",
  );
});

test("other messages pass as they are, after any open line", () => {
  assert.equal(
    printed([
      route("/a/"),
      { label: null, message: "✓ Completed in 121ms.", newLine: true },
      { label: "SKIP_FORMAT", message: "\n generating static routes ", newLine: true },
    ]),
    "  ├─ /a/\n✓ Completed in 121ms.\n\n generating static routes \n",
  );
});
