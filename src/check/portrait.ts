/**
 * The portrait's file, read as the build will read it: its header says what kind of image it is
 * and how many pixels it claims, so that a file that is no image, a drawing saved under a photo's
 * ending or a header claiming billions of pixels is named before the build opens it.
 */
import sharp from "sharp";

/** What an image file's header says; `undefined` when the bytes are no image. */
export interface ImageHeader {
  format: string;
  width: number;
  height: number;
}

/** The most pixels the build's image library opens (sharp's default, 16,383 × 16,383). */
export const MOST_PIXELS = 0x3fff * 0x3fff;

/** The header of an image file's bytes, without decoding the image. */
export async function imageHeader(bytes: Buffer): Promise<ImageHeader | undefined> {
  try {
    const { format, width, height } = await sharp(bytes, { limitInputPixels: false }).metadata();
    return { format, width, height };
  } catch {
    return undefined;
  }
}

const FORMATS = new Set(["jpeg", "png", "webp", "avif", "heif", "gif"]);

/** What is wrong with the portrait `name` (in `src/images/`) as its header says, with what to do. */
export function portraitProblem(header: ImageHeader | undefined, name: string): string | undefined {
  const again = "Save the portrait again as a JPEG or PNG file, and put it in its place.";
  if (header === undefined)
    return `the portrait ${name} is not an image: its bytes are no JPEG, PNG, WebP, AVIF or GIF. ${again}`;
  if (header.format === "svg")
    return `the portrait ${name} is an SVG drawing with the ending of another kind of file. Export it as a PNG or JPEG file, and name that in author.avatar.`;
  if (!FORMATS.has(header.format))
    return `the portrait ${name} is a ${header.format.toUpperCase()} file, which the site cannot show. ${again}`;
  if (header.width * header.height > MOST_PIXELS)
    return `the portrait ${name} says it is ${header.width.toLocaleString("en")} × ${header.height.toLocaleString("en")} pixels, more than the ${MOST_PIXELS.toLocaleString("en")} the build opens. Save a smaller copy (1,000 × 1,000 pixels is plenty).`;
  return undefined;
}
