/**
 * The files a Markdown or MDX file takes in when it is built (images beside it, modules an MDX file
 * imports) and the components an MDX file uses: a missing one stops Astro's build with a stack
 * trace, or with no file named; here it is a sentence with the file and line, before building.
 */
import { access } from "node:fs/promises";
import path from "node:path";
import type { Problem } from "#core/problems.ts";
import type { Reference, References } from "#markdown/references.ts";
import { lineList } from "#core/line-list.ts";

/** Endings an import may leave out, as the build finds the module without them. */
const IMPORT_ENDINGS = ["", ".astro", ".ts", ".js", ".mjs", ".tsx", ".jsx", ".json", ".mdx", ".md"];

const exists = (file: string) =>
  access(file).then(
    () => true,
    () => false,
  );

/** `references` with one entry per name, holding every line it is on. */
function byName(found: readonly Reference[]): [Reference, number[]][] {
  const lines = new Map<string, [Reference, number[]]>();
  for (const reference of found) {
    const seen = lines.get(reference.name);
    if (seen === undefined) lines.set(reference.name, [reference, [reference.line]]);
    else seen[1].push(reference.line);
  }
  return [...lines.values()];
}

/**
 * What `file` (from the project folder `root`) takes in that is not there, of what its text names
 * (`found`, from `references`), and the components it uses without defining them.
 */
export async function referenceProblems(
  root: string,
  file: string,
  found: References,
): Promise<Problem[]> {
  const folder = path.posix.dirname(file);
  const problems: Problem[] = [];
  const error = (message: string) => problems.push({ severity: "error", file, message });

  for (const [image, lines] of byName(found.images)) {
    const at = lineList(lines);
    if (image.malformed === true) {
      error(
        `${at}: the image address "${image.name}" has a "%" that is not followed by two hex digits, which stops the build. Write "%25" for a percent sign.`,
      );
      continue;
    }
    const beside = path.posix.join(folder, image.name.replace(/[?#].*$/, ""));
    if (await exists(path.join(root, beside))) continue;
    const inPublic = path.posix.join("public", image.name);
    if (!image.name.startsWith(".") && (await exists(path.join(root, inPublic)))) {
      error(
        `${at}: the image "${image.name}" is looked for beside this file, where there is none; ${inPublic} is at the address "/${image.name}". Write that, starting with "/".`,
      );
    } else {
      error(
        `${at}: the image "${image.name}" is not there: there is no file ${beside}. Add the image, or correct its path.`,
      );
    }
  }

  for (const [module, lines] of byName(found.imports)) {
    if (!/^\.\.?\//.test(module.name)) continue;
    const target = path.posix.join(folder, module.name);
    const candidates = IMPORT_ENDINGS.flatMap((ending) => [
      `${target}${ending}`,
      ...(ending === "" ? [] : [`${target}/index${ending}`]),
    ]);
    const found = await Promise.all(candidates.map((c) => exists(path.join(root, c))));
    if (found.includes(true)) continue;
    error(
      `${lineList(lines)}: imports "${module.name}", but there is no file ${target}. Correct the path, or remove the import.`,
    );
  }

  for (const [component, lines] of byName(found.undefinedComponents)) {
    error(
      `${lineList(lines)}: uses the component <${component.name}>, which this file does not import. Import it at the top (such as import ${component.name} from "../../components/${component.name}.astro";), or remove it.`,
    );
  }
  return problems;
}
