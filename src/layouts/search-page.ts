/**
 * The search page's script, the one script the site sends (on `/search/` alone): it loads the index
 * that Pagefind wrote beside the site, fills the filters, and shows results as one types. The form
 * keeps working as a plain link (`/search/?q=…`) when the script does not run.
 */

interface PagefindResult {
  url: string;
  /** The words around the match, as HTML, with the matches in `<mark>`. */
  excerpt: string;
  meta: { title?: string };
}

interface Pagefind {
  options(options: { baseUrl: string }): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
  search(
    query: string | null,
    options: { filters: Record<string, string> },
  ): Promise<{ results: { data(): Promise<PagefindResult> }[] }>;
}

/** How many results are shown at most. */
const SHOWN = 30;

function element<T extends Element>(doc: Document, selector: string, type: new () => T): T {
  const found = doc.querySelector(selector);
  if (!(found instanceof type)) throw new Error(`The search page has no ${selector}.`);
  return found;
}

/** Sets up the search page of `doc`. */
export async function runSearch(doc: Document): Promise<void> {
  const form = element(doc, "form.search[data-index]", HTMLFormElement);
  const query = element(doc, "#search-query", HTMLInputElement);
  const status = element(doc, "#search-status", HTMLElement);
  const list = element(doc, "#search-results", HTMLOListElement);
  const selects = {
    kind: element(doc, "#search-kind", HTMLSelectElement),
    year: element(doc, "#search-year", HTMLSelectElement),
  };
  let pagefind: Pagefind;
  try {
    pagefind = (await import(/* @vite-ignore */ form.dataset["index"] ?? "")) as Pagefind;
    await pagefind.options({ baseUrl: form.dataset["base"] ?? "/" });
  } catch {
    status.textContent =
      "The search index could not be loaded. The lists in the menu have every entry.";
    return;
  }

  const available = await pagefind.filters();
  for (const [name, select] of Object.entries(selects)) {
    const values = Object.keys(available[name] ?? {}).sort();
    if (name === "year") values.reverse();
    for (const value of values) select.add(new Option(value, value));
  }
  const params = new URLSearchParams(doc.location.search);
  query.value = params.get("q") ?? "";
  for (const [name, select] of Object.entries(selects)) select.value = params.get(name) ?? "";

  let latest = 0;
  const run = async () => {
    const run = ++latest;
    const words = query.value.trim();
    const filters = Object.fromEntries(
      Object.entries(selects).flatMap(([name, select]) =>
        select.value === "" ? [] : [[name, select.value]],
      ),
    );
    if (words === "" && Object.keys(filters).length === 0) {
      status.textContent = "";
      list.replaceChildren();
      return;
    }
    const found = await pagefind.search(words === "" ? null : words, { filters });
    const results = await Promise.all(found.results.slice(0, SHOWN).map((result) => result.data()));
    // A slower search started earlier does not replace the results of a later one.
    if (run !== latest) return;
    const count = found.results.length;
    status.textContent =
      count === 0
        ? "Nothing found."
        : `${String(count)} ${count === 1 ? "page" : "pages"} found${count > SHOWN ? `, the first ${String(SHOWN)} shown` : ""}.`;
    list.replaceChildren(
      ...results.map((result) => {
        const item = doc.createElement("li");
        const link = doc.createElement("a");
        link.href = result.url;
        link.textContent = result.meta.title ?? result.url;
        const excerpt = doc.createElement("p");
        // Pagefind's excerpt is the page's text, escaped, with <mark> around the matches.
        excerpt.innerHTML = result.excerpt;
        item.append(link, excerpt);
        return item;
      }),
    );
  };
  let pending: ReturnType<typeof setTimeout> | undefined;
  query.addEventListener("input", () => {
    clearTimeout(pending);
    pending = setTimeout(() => void run(), 120);
  });
  for (const select of Object.values(selects)) select.addEventListener("change", () => void run());
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const url = new URL(doc.location.href);
    url.search = new URLSearchParams(
      new FormData(form) as unknown as Record<string, string>,
    ).toString();
    history.replaceState(null, "", url);
    void run();
  });
  await run();
}
