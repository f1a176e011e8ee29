/** The Chromium the tests and Lighthouse start, how they start it, and free ports for local servers. */
import { access } from "node:fs/promises";
import { createServer } from "node:net";

/** Where a system's Chromium is, when it has one (Debian's package installs it here). */
const SYSTEM_CHROMIUM = ["/usr/bin/chromium", "/usr/bin/chromium-browser"];

/**
 * The browser: `CHROMIUM_PATH` when set; else the system's Chromium when there is one; else the
 * Chromium that `npm ci` installs with `@sparticuz/chromium`, unpacked into the temporary folder on
 * first use. So the tests need nothing but Node.js and npm.
 */
export async function chromiumPath(): Promise<string> {
  const chosen = process.env["CHROMIUM_PATH"];
  if (chosen !== undefined && chosen !== "") return chosen;
  for (const candidate of SYSTEM_CHROMIUM) {
    if (
      await access(candidate).then(
        () => true,
        () => false,
      )
    )
      return candidate;
  }
  const { default: packaged } = await import("@sparticuz/chromium");
  return packaged.executablePath();
}

/** Flags for a headless Chromium as root, on a machine without a network beyond loopback. */
export const CHROMIUM_FLAGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

/** A free TCP port on 127.0.0.1. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => {
        if (typeof address === "object" && address !== null) resolve(address.port);
        else reject(new Error("no free port"));
      });
    });
  });
}
