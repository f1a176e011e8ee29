import assert from "node:assert/strict";
import { test } from "node:test";
import { avatarFileName, avatarModule } from "./avatar.ts";

test("academicpages' bare file name, a path and a path without its slash name one file", () => {
  for (const avatar of ["profile.png", "/images/profile.png", "images/profile.png"]) {
    assert.equal(avatarFileName(avatar), "profile.png");
    assert.equal(avatarModule(avatar), "/src/images/profile.png");
  }
});
