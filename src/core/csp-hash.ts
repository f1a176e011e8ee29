/** Content-Security-Policy hashes for inline scripts. */
import { createHash } from "node:crypto";

/** The CSP source that allows exactly this inline script text: `sha256-…`. */
export function cspHash(text: string): `sha256-${string}` {
  return `sha256-${createHash("sha256").update(text, "utf8").digest("base64")}`;
}
