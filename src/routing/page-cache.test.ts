import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { pageCacheKey, type SharedFacts, type ShownEntry } from "./page-cache.ts";

const post: ShownEntry = { collection: "posts", filePath: "src/content/posts/a.md", digest: "1a" };
const talk: ShownEntry = { collection: "talks", filePath: "src/content/talks/b.md", digest: "2b" };
const feed: SharedFacts = { hasFeed: true, year: 2026 };
const noFeed: SharedFacts = { hasFeed: false, year: 2026 };

describe("pageCacheKey", () => {
  it("is the same for the same page, site facts and entries", () => {
    assert.equal(pageCacheKey("/a/", feed, [post, talk]), pageCacheKey("/a/", feed, [post, talk]));
  });

  it("changes when an entry's text changes", () => {
    assert.notEqual(
      pageCacheKey("/a/", feed, [post]),
      pageCacheKey("/a/", feed, [{ ...post, digest: "1c" }]),
    );
  });

  it("changes when an entry is added, removed, moved to another file or reordered", () => {
    const key = pageCacheKey("/list/", noFeed, [post, talk]);
    assert.notEqual(key, pageCacheKey("/list/", noFeed, [post]));
    assert.notEqual(key, pageCacheKey("/list/", noFeed, [post, talk, { ...talk, digest: "3" }]));
    assert.notEqual(key, pageCacheKey("/list/", noFeed, [post, { ...talk, filePath: "x.md" }]));
    assert.notEqual(key, pageCacheKey("/list/", noFeed, [talk, post]));
  });

  it("changes with the page's address and with the facts every page shows", () => {
    const key = pageCacheKey("/a/", feed, [post]);
    assert.notEqual(key, pageCacheKey("/b/", feed, [post]));
    assert.notEqual(key, pageCacheKey("/a/", noFeed, [post]));
    assert.notEqual(key, pageCacheKey("/a/", { ...feed, year: 2027 }, [post]));
  });

  it("keeps fields apart, so that different pages cannot run together into one key", () => {
    assert.notEqual(
      pageCacheKey("/a/", noFeed, [{ collection: "posts", filePath: "x", digest: "y\nz" }]),
      pageCacheKey("/a/", noFeed, [{ collection: "posts", filePath: "x\ny", digest: "z" }]),
    );
  });

  it("gives no key when an entry's digest is unknown, so the page is always rendered", () => {
    assert.equal(pageCacheKey("/a/", noFeed, [{ ...post, digest: undefined }]), undefined);
    assert.equal(pageCacheKey("/a/", noFeed, [{ ...post, filePath: undefined }]), undefined);
  });
});
