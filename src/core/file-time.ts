import { stat } from "node:fs/promises";

/** When a file last changed, or `undefined` when it cannot be read. */
export async function fileTime(file: string): Promise<Date | undefined> {
  return stat(file).then(
    (stats) => stats.mtime,
    () => undefined,
  );
}
