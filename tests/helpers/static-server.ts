/**
 * A static file server that answers as GitHub Pages does: `/a/` is `a/index.html`, `/a` is `a.html`
 * when there is one (else a redirect to `/a/` for a folder), and anything else is the 404 page with
 * status 404. It listens on 127.0.0.1 only, and the test that starts it stops it.
 */
import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import path from "node:path";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".xml": "application/xml",
  ".txt": "text/plain; charset=utf-8",
  ".css": "text/css",
  ".js": "text/javascript",
  ".json": "application/json",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".webp": "image/webp",
  ".avif": "image/avif",
  ".pdf": "application/pdf",
};

async function isFile(file: string): Promise<boolean> {
  return stat(file).then(
    (info) => info.isFile(),
    () => false,
  );
}

/** The file that answers a request for `pathname` in `root`, or a redirect, as GitHub Pages does. */
export async function resolveRequest(
  root: string,
  pathname: string,
): Promise<{ file: string; status: number } | { redirect: string }> {
  const local = path.join(root, path.normalize(decodeURIComponent(pathname)));
  if (!local.startsWith(root)) return { file: path.join(root, "404.html"), status: 404 };
  if (pathname.endsWith("/")) {
    const index = path.join(local, "index.html");
    if (await isFile(index)) return { file: index, status: 200 };
  } else {
    if (await isFile(local)) return { file: local, status: 200 };
    if (await isFile(`${local}.html`)) return { file: `${local}.html`, status: 200 };
    if (await isFile(path.join(local, "index.html"))) return { redirect: `${pathname}/` };
  }
  return { file: path.join(root, "404.html"), status: 404 };
}

/** Serves `root` on 127.0.0.1:`port` until `close()` is called. */
export async function serveStatic(
  root: string,
  port: number,
): Promise<{ close: () => Promise<void> }> {
  const server: Server = createServer((request, response) => {
    const pathname = new URL(request.url ?? "/", "http://127.0.0.1").pathname;
    void resolveRequest(root, pathname).then((answer) => {
      if ("redirect" in answer) {
        response.writeHead(301, { Location: answer.redirect }).end();
        return;
      }
      const type = TYPES[path.extname(answer.file)] ?? "application/octet-stream";
      response.writeHead(answer.status, { "Content-Type": type });
      createReadStream(answer.file)
        .on("error", () => response.end())
        .pipe(response);
    });
  });
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  return {
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
