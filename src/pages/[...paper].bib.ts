// Each publication's citation as BibTeX, beside its page (src/astro/citations.ts).
import { citationRoute } from "#astro/citations.ts";

export const { getStaticPaths, GET } = citationRoute("bib");
