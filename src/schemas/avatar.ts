/** Where the author's portrait is: a file in `src/images/`, named by `author.avatar`. */

/** The folder portraits are read from, relative to the project folder. */
export const IMAGES_DIR = "src/images";

/**
 * The file name an `avatar` setting names. academicpages writes `profile.png` (meaning
 * `images/profile.png`); `/images/profile.png` and `images/profile.png` name the same file.
 */
export function avatarFileName(avatar: string): string {
  return avatar.slice(avatar.lastIndexOf("/") + 1);
}

/** The module that holds the portrait, as Vite names the files in `src/images/`: `/src/images/profile.png`. */
export function avatarModule(avatar: string): string {
  return `/${IMAGES_DIR}/${avatarFileName(avatar)}`;
}
