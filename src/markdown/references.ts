/**
 * What a Markdown or MDX file's text takes from other files when it is built: the images Astro
 * reads from beside the file, the modules an MDX file imports, and the components an MDX file uses.
 * Found before the build, so that a missing one is a sentence with a line, not a stack trace.
 */
import { markdownToMdast, mdxToMdast } from "satteri";
import { hasMalformedEscape } from "#core/site-paths.ts";
import { bodyText } from "./front-matter.ts";
import { outsideComments } from "./plugins.ts";

/** Something a file's text names, at a line of the file. */
export interface Reference {
  /** The image's path, the module's path, or the component's name, as written. */
  name: string;
  line: number;
  /** For an image: its address has a `%` that starts no escape, which stops Astro's build. */
  malformed?: boolean;
}

export interface References {
  /** Images Astro reads from the project, by their path from the file (`./figure.png`). */
  images: Reference[];
  /** Modules imported by an MDX file, by what the import names (`../../components/Note.astro`). */
  imports: Reference[];
  /** Components an MDX file uses (`<Note>`) that no import or export of the file defines. */
  undefinedComponents: Reference[];
}

interface Node {
  type: string;
  value?: string;
  url?: string;
  name?: string | null;
  children?: Node[];
  position?: { start: { line: number } };
}

/**
 * Whether Astro reads an image's address as a file of the project: not a full address, not a
 * path from the site's root (those are in `public/`), and not Liquid (the import replaces it).
 */
export function isLocalImage(url: string): boolean {
  return url !== "" && !URL.canParse(url) && !/^(\/|\{[{%])/.test(url);
}

/** The names an MDX file's `import` and `export` lines define. */
function definedNames(esm: readonly string[]): Set<string> {
  const names = new Set<string>();
  for (const code of esm) {
    for (const [, clause = ""] of code.matchAll(/\bimport\s+([^'"]*?)\s+from\b/g)) {
      const [outside = "", inside = ""] = clause.split(/[{}]/);
      for (const part of [...outside.split(","), ...inside.split(",")]) {
        const name = /(?:\bas\s+)?([\p{L}$_][\p{L}\p{N}$_]*)\s*$/u.exec(part.trim())?.[1];
        if (name !== undefined) names.add(name);
      }
    }
    for (const [, name = ""] of code.matchAll(
      /\bexport\s+(?:const|let|var|function\*?|class)\s+([\p{L}$_][\p{L}\p{N}$_]*)/gu,
    ))
      names.add(name);
  }
  return names;
}

/** The modules that `import` lines name, each with its line (the line of the `import`). */
function importedModules(code: string, line: number): Reference[] {
  return [...code.matchAll(/\bimport\s*(?:[^'"]*?\s*from\s*)?(['"])(.+?)\1/g)].map((match) => ({
    name: match[2] ?? "",
    line: line + (code.slice(0, match.index).match(/\n/g)?.length ?? 0),
  }));
}

/**
 * What a file's text takes from other files (see `References`), outside HTML comments, which the
 * build removes. `mdx` says whether the text is MDX. An MDX file that cannot be read has none
 * (`mdxProblems` reports it).
 */
export function references(source: string, mdx: boolean): References {
  const found: References = { images: [], imports: [], undefinedComponents: [] };
  const text = bodyText(source);
  if (!mdx && !text.includes("![")) return found;
  let tree: Node;
  try {
    tree = (mdx ? mdxToMdast(text) : markdownToMdast(text)) as Node;
  } catch {
    return found;
  }
  const esm: string[] = [];
  const components: Reference[] = [];
  let inComment = false;
  const visit = (node: Node): void => {
    const line = node.position?.start.line ?? 1;
    if ((node.type === "html" || node.type === "text") && node.value !== undefined) {
      inComment = outsideComments(node.value, inComment).open;
    } else if (node.type === "image" && !inComment && node.url !== undefined) {
      // Astro decodes every image's address (`decodeURI`), and stops on an escape that decodes to no text.
      if (hasMalformedEscape(node.url)) {
        found.images.push({ name: node.url, line, malformed: true });
      } else {
        const url = decodeURI(node.url);
        if (isLocalImage(url)) found.images.push({ name: url, line });
      }
    } else if (node.type === "mdxjsEsm" && node.value !== undefined) {
      esm.push(node.value);
      found.imports.push(...importedModules(node.value, line));
    } else if (/^mdxJsx(Flow|Text)Element$/.test(node.type) && typeof node.name === "string") {
      const root = node.name.split(".")[0] ?? "";
      if (/^\p{Lu}/u.test(root) || node.name.includes(".")) components.push({ name: root, line });
    }
    node.children?.forEach(visit);
  };
  visit(tree);
  const defined = definedNames(esm);
  found.undefinedComponents = components.filter((c) => !defined.has(c.name));
  return found;
}
