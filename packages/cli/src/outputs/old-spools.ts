/**
 * Earlier versions of procmine spooled huge documents' outputs to `/tmp/procmine-spool-XXXXXX`
 * folders, which a killed run left behind (today's runs spool inside their new dataset folder,
 * which the next run cleans). Their names hold no process id, so a folder counts as left behind
 * when nothing in it has changed for an hour and (on Linux, where /proc tells) no process has a
 * file open in it or works in it; only then is it removed. Best effort: a failure is ignored.
 */
import { readdir, readlink, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, sep } from "node:path";

const PREFIX = "procmine-spool-";
/** The test suite's own temporary folders share the prefix: never touched here. */
const TEST_PREFIX = "procmine-spool-test-";
const QUIET_MS = 60 * 60 * 1000;

export async function removeOldSpools(dir = tmpdir(), now = Date.now()): Promise<string[]> {
  const names = await readdir(dir).catch(() => [] as string[]);
  const candidates: string[] = [];
  for (const name of names) {
    if (!name.startsWith(PREFIX) || name.startsWith(TEST_PREFIX)) continue;
    const path = join(dir, name);
    if (await quietSince(path, now - QUIET_MS)) candidates.push(path);
  }
  if (candidates.length === 0) return [];
  const used = await pathsInUse();
  const removed: string[] = [];
  for (const path of candidates) {
    if (used.some((p) => p === path || p.startsWith(path + sep))) continue;
    await rm(path, { recursive: true, force: true }).then(() => removed.push(path), () => undefined);
  }
  return removed;
}

/** Whether a folder and everything directly in it were last changed before `limit`. */
async function quietSince(path: string, limit: number): Promise<boolean> {
  try {
    const s = await stat(path);
    if (!s.isDirectory() || s.mtimeMs > limit) return false;
    for (const entry of await readdir(path)) if ((await stat(join(path, entry))).mtimeMs > limit) return false;
    return true;
  } catch {
    return false;
  }
}

/** Files open and working folders of every process /proc shows (empty where there is no /proc). */
async function pathsInUse(): Promise<string[]> {
  const out: string[] = [];
  const pids = (await readdir("/proc").catch(() => [] as string[])).filter((p) => /^\d+$/.test(p));
  for (const pid of pids) {
    const cwd = await readlink(`/proc/${pid}/cwd`).catch(() => undefined);
    if (cwd) out.push(cwd);
    for (const fd of await readdir(`/proc/${pid}/fd`).catch(() => [] as string[])) {
      const target = await readlink(`/proc/${pid}/fd/${fd}`).catch(() => undefined);
      if (target?.startsWith("/")) out.push(target);
    }
  }
  return out;
}
