/** The author's profile links, from the `author:` settings: usernames or full addresses. */
import { PROFILE_SERVICES, type IconName, type ProfileService } from "#schemas/profile-services.ts";

export interface ProfileLink {
  /** The settings key, such as `github`. */
  key: string;
  /** What the link is, such as "GitHub". */
  label: string;
  href: string;
  icon: IconName;
  /** `me` on the links that are the author elsewhere (all but email), for identity checks. */
  rel: "me" | undefined;
}

const isAddress = (value: string) => /^https?:\/\//i.test(value);

/** The address a service's value stands for: a full address as it is, a username in the service's address. */
export function serviceHref(service: ProfileService, value: string): string {
  if (service.address === "url" || isAddress(value)) return value;
  const name = value.trim().replace(/^@/, "");
  return `${service.address.prefix}${encodeURI(name)}${service.address.suffix ?? ""}`;
}

/** The profile links that are set: email and website first, then the services in their order. */
export function profileLinks(author: Readonly<Record<string, unknown>>): ProfileLink[] {
  const links: ProfileLink[] = [];
  const value = (key: string) => {
    const v = author[key];
    return typeof v === "string" && v.trim() !== "" ? v.trim() : undefined;
  };
  const email = value("email");
  if (email !== undefined)
    links.push({
      key: "email",
      label: "Email",
      href: `mailto:${email}`,
      icon: "mail",
      rel: undefined,
    });
  const uri = value("uri");
  if (uri !== undefined)
    links.push({ key: "uri", label: "Website", href: uri, icon: "link", rel: "me" });
  for (const service of PROFILE_SERVICES) {
    const v = value(service.key);
    if (v !== undefined) {
      links.push({
        key: service.key,
        label: service.label,
        href: serviceHref(service, v),
        icon: service.icon,
        rel: "me",
      });
    }
  }
  return links;
}

/** The addresses that are the author elsewhere, for structured data (`sameAs`): every link but email. */
export function sameAs(author: Readonly<Record<string, unknown>>): string[] {
  return profileLinks(author)
    .filter((link) => link.rel === "me")
    .map((link) => link.href);
}
