import assert from "node:assert/strict";
import { describe, test } from "node:test";
import type { AstroLoggerMessage } from "astro";
import { namedRenderFailures, wholeLines } from "./build-log.ts";

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

test("in a terminal, where the parts come coloured, a route keeps its time all the same", () => {
  const coloured = (ms: number) => ({
    label: "SKIP_FORMAT",
    message: ` \u001b[2m(+${ms}ms)\u001b[22m `,
    newLine: true,
  });
  assert.equal(
    printed([route("/a/"), coloured(3), route("/b/"), coloured(4)]),
    "  ├─ /a/ \u001b[2m(+3ms)\u001b[22m \n  ├─ /b/ \u001b[2m(+4ms)\u001b[22m \n",
  );
});

test("a page copied from the last build keeps its mark, even while others are being rendered", () => {
  const restored = {
    label: "SKIP_FORMAT",
    message: " \u001b[32m(restored)\u001b[39m",
    newLine: true,
  };
  assert.equal(
    printed([route("/a/"), route("/b/"), restored, time(5)]),
    "  ├─ /a/\n  ├─ /b/ \u001b[32m(restored)\u001b[39m\n",
  );
});

describe("namedRenderFailures", () => {
  /** What reaches the terminal, one message a line, with `/expr` made by `expr.mdx`. */
  function shown(messages: AstroLoggerMessage[]): string[] {
    const out: string[] = [];
    const destination = namedRenderFailures(
      { write: ({ message }) => out.push(message) },
      (path) => (path === "/expr" ? "src/content/pages/expr.mdx" : undefined),
    );
    for (const message of messages) destination.write(message);
    return out;
  }
  const stack: AstroLoggerMessage = {
    level: "error",
    label: null,
    message: "ReferenceError: missing is not defined\n    at _createMdxContent (file:///x.mjs:7:3)",
    newLine: true,
  };
  const caught = (path: string): AstroLoggerMessage => ({
    level: "error",
    label: "build",
    message: `Caught error rendering ${path}: ReferenceError: missing is not defined`,
    newLine: true,
  });

  test("a page that fails to render: one sentence naming its file, and no stack trace before it", () => {
    assert.deepEqual(shown([stack, caught("/expr")]), [
      "src/content/pages/expr.mdx: the page /expr could not be made: ReferenceError: missing is not defined. The build's own report follows.",
    ]);
  });

  test("a page with no file of its own is named by its address", () => {
    assert.deepEqual(shown([caught("/talks/")]), [
      "A page: the page /talks/ could not be made: ReferenceError: missing is not defined. The build's own report follows.",
    ]);
  });

  test("a stack trace that no failed page follows is shown, in its place", () => {
    const info: AstroLoggerMessage = {
      level: "info",
      label: "build",
      message: "next",
      newLine: true,
    };
    assert.deepEqual(shown([stack, info]), [stack.message, "next"]);
  });
});
