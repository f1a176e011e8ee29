/**
 * The sites whose pages a page may embed (`embeds` in the settings), as the pages' security policy
 * names them: origins, each `https://`, a host and perhaps a port, and nothing else.
 */

const LABEL = "[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?";
const ORIGIN = new RegExp(`^https://(?:\\*\\.)?${LABEL}(?:\\.${LABEL})*(?::\\d{1,5})?/?$`, "i");

/**
 * Whether `value` is a site's origin as `embeds` takes it: `https://`, a host (`*.` before it for
 * its subdomains), a port. Nothing else, so that no setting can add a directive to the policy.
 */
export function isEmbedOrigin(value: string): boolean {
  return ORIGIN.test(value);
}

/** Whether `embeds` allows the page at `origin` (`https://www.youtube.com`), `*.` as browsers read it. */
export function embedAllows(embeds: readonly string[], origin: string): boolean {
  const wanted = origin.toLowerCase();
  return embeds.some((allowed) => {
    const clean = allowed.replace(/\/+$/, "").toLowerCase();
    if (!clean.startsWith("https://*.")) return clean === wanted;
    const rest = clean.slice("https://*".length);
    return (
      wanted.startsWith("https://") &&
      wanted.endsWith(rest) &&
      wanted.length > "https://".length + rest.length
    );
  });
}
