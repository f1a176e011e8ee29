import assert from "node:assert/strict";
import { test } from "node:test";
import sharp from "sharp";
import { imageHeader, portraitProblem } from "./portrait.ts";

/** A small PNG, and the same with a header that claims 100,000 × 100,000 pixels. */
async function pngs(): Promise<{ small: Buffer; huge: Buffer }> {
  const small = await sharp({ create: { width: 2, height: 2, channels: 3, background: "#fff" } })
    .png()
    .toBuffer();
  const huge = Buffer.from(small);
  huge.writeUInt32BE(100_000, 16);
  huge.writeUInt32BE(100_000, 20);
  return { small, huge };
}

test("a portrait's header is read without decoding it, and what is wrong is said with what to do", async () => {
  const { small, huge } = await pngs();
  const problem = async (bytes: Buffer, name: string) =>
    portraitProblem(await imageHeader(bytes), name);
  assert.equal(await problem(small, "me.png"), undefined);
  assert.equal(
    await problem(huge, "me.png"),
    "the portrait me.png says it is 100,000 × 100,000 pixels, more than the 268,402,689 the build opens. Save a smaller copy (1,000 × 1,000 pixels is plenty).",
  );
  assert.equal(
    await problem(
      Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="9" height="9"></svg>'),
      "me.png",
    ),
    "the portrait me.png is an SVG drawing with the ending of another kind of file. Export it as a PNG or JPEG file, and name that in author.avatar.",
  );
  assert.equal(
    await problem(Buffer.from("not an image\n"), "me.png"),
    "the portrait me.png is not an image: its bytes are no JPEG, PNG, WebP, AVIF or GIF. Save the portrait again as a JPEG or PNG file, and put it in its place.",
  );
});
