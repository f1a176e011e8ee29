/** The small HTML page that sends a visitor from an old address to the page's address. */
import { cspHash } from "#core/csp-hash.ts";
import { escapeHtml } from "#core/text.ts";

export interface StubOptions {
  /** The site path to send visitors to, with the base path. */
  to: string;
  /** The absolute address of the page, for search engines. */
  canonical: string;
  /** The site's language, such as `en-US`. */
  lang: string;
  /** The title of the page that visitors are sent to. */
  title: string;
}

/** A valid HTML document that redirects at once, without JavaScript, and is not indexed. */
export function redirectStub({ to, canonical, lang, title }: StubOptions): string {
  const href = escapeHtml(to);
  return `<!doctype html>
<html lang="${escapeHtml(lang)}">
<head>
<meta charset="utf-8">
<title>Moved: ${escapeHtml(title)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<link rel="canonical" href="${escapeHtml(canonical)}">
<meta http-equiv="refresh" content="0; url=${href}">
</head>
<body>
<p>This page has moved to <a href="${href}">${escapeHtml(title)}</a>.</p>
</body>
</html>
`;
}

/** One old address with a query (`/wordpress/?p=15`) and the page it now leads to. */
export interface QueryTarget {
  /** The query, with its `?`: `?p=15`. */
  query: string;
  /** The site path (with the base path) or web address to send visitors to. */
  to: string;
  title: string;
}

/** The script of a query redirect page: it sends the visitor on by the query it came with. */
export function queryRedirectScript(targets: readonly QueryTarget[], fallback?: string): string {
  const map = Object.fromEntries(targets.map((t) => [t.query, t.to]));
  return `(()=>{const m=${JSON.stringify(map)};const t=m[location.search]${fallback === undefined ? "" : `??${JSON.stringify(fallback)}`};if(t)location.replace(t+location.hash)})()`;
}

/**
 * The page at an old address that served several pages by query, as WordPress did (`/?p=15`): a
 * static host ignores the query, so one page there sends each old link on with a small script
 * (allowed by its hash, and by nothing else) and lists every link for visitors without JavaScript.
 * `fallback` is where the address without a known query leads, if anywhere.
 */
export function queryRedirectStub(options: {
  targets: readonly QueryTarget[];
  fallback?: { to: string; title: string } | undefined;
  lang: string;
}): string {
  const { targets, fallback, lang } = options;
  const script = queryRedirectScript(targets, fallback?.to);
  const links = [...(fallback === undefined ? [] : [fallback]), ...targets]
    .map((t) => `<li><a href="${escapeHtml(t.to)}">${escapeHtml(t.title)}</a></li>`)
    .join("\n");
  return `<!doctype html>
<html lang="${escapeHtml(lang)}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src '${cspHash(script)}'; base-uri 'none'; form-action 'none'">
<title>Moved</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<script>${script}</script>
</head>
<body>
<p>The pages that were at this address have moved:</p>
<ul>
${links}
</ul>
</body>
</html>
`;
}
