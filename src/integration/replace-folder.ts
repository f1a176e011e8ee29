/** Puts a newly built site in the place of the last one, all at once. */
import { cp, rename, rm } from "node:fs/promises";

/**
 * Moves the folder `next` to `target`, in place of what `target` held: the old folder is moved
 * aside first and removed last, so that `target` is never half old and half new.
 */
export async function replaceFolder(target: string, next: string): Promise<void> {
  const old = `${target.replace(/[\\/]+$/, "")}.old`;
  await rm(old, { recursive: true, force: true });
  await rename(target, old).catch((error: unknown) => {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
  });
  try {
    await rename(next, target);
  } catch (error) {
    // Another file system (a cache folder on another disk): copied instead of moved.
    if ((error as NodeJS.ErrnoException).code !== "EXDEV") throw error;
    await cp(next, target, { recursive: true });
    await rm(next, { recursive: true, force: true });
  }
  await rm(old, { recursive: true, force: true });
}
