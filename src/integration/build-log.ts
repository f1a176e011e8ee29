/**
 * The build's log, as Astro prints it, but with whole lines. Astro writes each route it renders in
 * two parts (the address, then its time once rendered); pages are rendered several at a time, so
 * the parts of different routes would run together (`├─ /404.html├─ /feed.xml (+62ms)`). Here a
 * route line is printed whole: with its time when it was the only route being rendered, else on
 * its own (a time cannot then be told apart from the others').
 * Astro loads this file by its path (`logger` in astro.config.mjs), outside Vite.
 */
import type { AstroLoggerDestination, AstroLoggerMessage } from "astro";
import nodeLogger, { type NodeHandlerConfig } from "astro/logger/node";
import { withoutColours } from "#core/text.ts";
import { pageSourceOf } from "./page-sources.ts";

/** `destination`, given only whole lines. */
export function wholeLines(destination: AstroLoggerDestination): AstroLoggerDestination {
  /** A route line whose end has not come yet. */
  let open: AstroLoggerMessage | undefined;
  /** How many routes are being rendered: started, and their time not yet written. */
  let rendering = 0;
  const end = () => {
    if (open !== undefined) destination.write({ ...open, newLine: true });
    open = undefined;
  };
  return {
    ...destination,
    write(message) {
      // In a terminal the parts come coloured: they are told apart by their text alone.
      const text = withoutColours(message.message);
      const isEnd = message.label === "SKIP_FORMAT" && text.startsWith(" (");
      if (isEnd && open !== undefined && /^ \((restored|cached)\)/.test(text)) {
        // A page copied from the last build: Astro writes its name and this mark at once, so the
        // mark is the open line's, however many other pages are being rendered.
        destination.write({ ...open, message: `${open.message}${message.message}`, newLine: true });
        open = undefined;
        rendering = Math.max(0, rendering - 1);
      } else if (!message.newLine && message.label !== "SKIP_FORMAT") {
        // A route's address, whose time will follow.
        end();
        open = message;
        rendering += 1;
      } else if (isEnd) {
        // A route's time: kept only when it can belong to the open line alone.
        if (open !== undefined && rendering === 1) {
          destination.write({
            ...open,
            message: `${open.message}${message.message}`,
            newLine: true,
          });
          open = undefined;
        } else {
          end();
        }
        rendering = Math.max(0, rendering - 1);
      } else {
        end();
        destination.write(message);
      }
    },
  };
}

/** A stack trace as Astro logs it, with no label, when a page throws while it is rendered. */
const isStackTrace = (message: AstroLoggerMessage) =>
  message.level === "error" && message.label === null && /\n\s+at /.test(message.message);

/**
 * `destination`, naming the file when a page fails to render. Astro logs the error's stack trace,
 * then "Caught error rendering /talks/x: …", naming only the address, and then stops with the
 * error, its hint and its stack trace again. Here the first two become one sentence that starts
 * with the file (`sourceOf` finds it from the address), so the editor reads that first.
 */
export function namedRenderFailures(
  destination: AstroLoggerDestination,
  sourceOf: (path: string) => string | undefined,
): AstroLoggerDestination {
  /** A stack trace, kept until it is known whether a sentence replaces it. */
  let held: AstroLoggerMessage | undefined;
  return {
    ...destination,
    write(message) {
      const failure =
        message.level === "error"
          ? /^Caught error rendering (\S+): ([\s\S]*)$/.exec(message.message)
          : null;
      if (failure !== null) {
        held = undefined;
        const [, path = "", error = ""] = failure;
        const file = sourceOf(path) ?? "A page";
        destination.write({
          ...message,
          message: `${file}: the page ${path} could not be made: ${error}. The build's own report follows.`,
        });
        return;
      }
      if (held !== undefined) destination.write(held);
      held = undefined;
      if (isStackTrace(message)) held = message;
      else destination.write(message);
    },
  };
}

/**
 * The logger `astro.config.mjs` names (by its path, which no import shows).
 * @public
 */
export default function buildLog(options?: NodeHandlerConfig): AstroLoggerDestination {
  return namedRenderFailures(wholeLines(nodeLogger(options)), pageSourceOf);
}
