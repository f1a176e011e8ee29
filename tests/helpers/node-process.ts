/** Node scripts run as an editor runs them, in a process of their own. */
import { execFile } from "node:child_process";
import { promisify } from "node:util";

const run = promisify(execFile);

export interface Finished {
  /** The exit code. */
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs Node with `args` in `cwd`, without colours or telemetry; resolves however the process ends. */
export async function runNode(args: readonly string[], cwd?: string): Promise<Finished> {
  try {
    const { stdout, stderr } = await run(process.execPath, args, {
      cwd,
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: "1", NO_COLOR: "1" },
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const { code, stdout = "", stderr = "" } = error as Partial<Finished>;
    return { code: code ?? 1, stdout, stderr };
  }
}
