/**
 * The profile links academicpages supports in `author:`, and how each becomes a link: some keys take
 * a full web address, the others a username that is put into the service's address.
 */

/** The icons the profile uses; `Icon.astro` draws each. */
export type IconName =
  | "mail"
  | "link"
  | "pin"
  | "work"
  | "scholar"
  | "paper"
  | "id"
  | "code"
  | "chat"
  | "video"
  | "photo"
  | "people"
  | "music"
  | "book"
  | "key";

export interface ProfileService {
  /** The key in `author:`, such as `github`. */
  key: string;
  /** What the link is, such as "GitHub". */
  label: string;
  /** `url`: the value is a full address. Otherwise the address a username is appended to. */
  address: "url" | { prefix: string; suffix?: string };
  icon: IconName;
}

const url = (key: string, label: string, icon: IconName): ProfileService => ({
  key,
  label,
  address: "url",
  icon,
});
const user = (
  key: string,
  label: string,
  prefix: string,
  icon: IconName,
  suffix?: string,
): ProfileService => ({
  key,
  label,
  address: suffix === undefined ? { prefix } : { prefix, suffix },
  icon,
});

/** In the order the profile lists them: scholarly first, then code, then social. */
export const PROFILE_SERVICES: readonly ProfileService[] = [
  url("googlescholar", "Google Scholar", "scholar"),
  url("orcid", "ORCID", "id"),
  url("semantic", "Semantic Scholar", "scholar"),
  url("researchgate", "ResearchGate", "scholar"),
  url("scopus", "Scopus", "paper"),
  url("pubmed", "PubMed", "paper"),
  url("arxiv", "arXiv", "paper"),
  url("dblp", "dblp", "paper"),
  url("inspire-hep", "INSPIRE-HEP", "paper"),
  url("academia", "Academia.edu", "scholar"),
  url("impactstory", "Impactstory", "scholar"),
  user("github", "GitHub", "https://github.com/", "code"),
  user("gitlab", "GitLab", "https://gitlab.com/", "code"),
  user("bitbucket", "Bitbucket", "https://bitbucket.org/", "code"),
  user("codepen", "CodePen", "https://codepen.io/", "code"),
  user("kaggle", "Kaggle", "https://www.kaggle.com/", "code"),
  user("stackoverflow", "Stack Overflow", "https://stackoverflow.com/users/", "code"),
  user("huggingface", "Hugging Face", "https://huggingface.co/", "code"),
  user("linkedin", "LinkedIn", "https://www.linkedin.com/in/", "people"),
  user("twitter", "X (Twitter)", "https://x.com/", "chat"),
  user("bluesky", "Bluesky", "https://bsky.app/profile/", "chat"),
  url("mastodon", "Mastodon", "chat"),
  url("telegram", "Telegram", "chat"),
  user("facebook", "Facebook", "https://www.facebook.com/", "people"),
  user("instagram", "Instagram", "https://instagram.com/", "photo"),
  user("youtube", "YouTube", "https://www.youtube.com/@", "video"),
  url("medium", "Medium", "book"),
  user("goodreads", "Goodreads", "https://www.goodreads.com/", "book"),
  user("wikipedia", "Wikipedia", "https://en.wikipedia.org/wiki/User:", "book"),
  user("keybase", "Keybase", "https://keybase.io/", "key"),
  user("xing", "XING", "https://www.xing.com/profile/", "people"),
  user("weibo", "Weibo", "https://www.weibo.com/", "chat"),
  user("zhihu", "Zhihu", "https://www.zhihu.com/people/", "chat"),
  user("flickr", "Flickr", "https://www.flickr.com/", "photo"),
  user("artstation", "ArtStation", "https://www.artstation.com/", "photo"),
  user("dribbble", "Dribbble", "https://dribbble.com/", "photo"),
  user("pinterest", "Pinterest", "https://www.pinterest.com/", "photo"),
  user("tumblr", "Tumblr", "https://", "book", ".tumblr.com"),
  user("foursquare", "Foursquare", "https://foursquare.com/", "pin"),
  user("soundcloud", "SoundCloud", "https://soundcloud.com/", "music"),
  user("lastfm", "Last.fm", "https://www.last.fm/user/", "music"),
  user("steam", "Steam", "https://steamcommunity.com/id/", "people"),
];

/** Keys academicpages once supported whose services are gone; accepted, with no link. */
export const RETIRED_PROFILE_KEYS = ["google_plus", "vine"] as const;
