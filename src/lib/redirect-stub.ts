/** The small HTML page that sends a visitor from an old address to the page's address. */
import { escapeHtml } from "./text.ts";

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
