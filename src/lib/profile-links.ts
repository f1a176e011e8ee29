/** The author's profile links, from the `author:` settings: usernames or full addresses. */
import type { Author } from "../schemas/site.ts";

export interface ProfileLink {
  /** The settings key, such as `github`. */
  key: string;
  /** What the link is, such as "GitHub". */
  label: string;
  href: string;
  /** The part a person reads, such as the username. */
  text: string;
}

/** A full address is used as it is; a username is put into the service's address. */
function account(value: string, prefix: string): { href: string; text: string } {
  if (/^https?:\/\//.test(value)) {
    return { href: value, text: value.replace(/^https?:\/\/(www\.)?/, "").replace(/\/$/, "") };
  }
  const name = value.replace(/^@/, "");
  return { href: `${prefix}${encodeURIComponent(name)}`, text: name };
}

type Maker = (value: string) => { href: string; text: string };

const SERVICES: readonly (readonly [keyof Author, string, Maker])[] = [
  ["email", "Email", (value) => ({ href: `mailto:${value}`, text: value })],
  ["uri", "Website", (value) => account(value, "")],
  ["googlescholar", "Google Scholar", (value) => ({ href: value, text: "Google Scholar" })],
  ["orcid", "ORCID", (value) => account(value, "https://orcid.org/")],
  [
    "researchgate",
    "ResearchGate",
    (value) => account(value, "https://www.researchgate.net/profile/"),
  ],
  ["github", "GitHub", (value) => account(value, "https://github.com/")],
  ["twitter", "X (Twitter)", (value) => account(value, "https://x.com/")],
  ["bluesky", "Bluesky", (value) => account(value, "https://bsky.app/profile/")],
  ["mastodon", "Mastodon", (value) => account(value, "")],
  ["linkedin", "LinkedIn", (value) => account(value, "https://www.linkedin.com/in/")],
];

/** The profile links that are set, in a fixed order: email first, then scholarly, then social. */
export function profileLinks(author: Author): ProfileLink[] {
  return SERVICES.flatMap(([key, label, make]) => {
    const value = author[key];
    return typeof value === "string" && value !== "" ? [{ key, label, ...make(value) }] : [];
  });
}
