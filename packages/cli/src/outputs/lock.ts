/**
 * One run at a time per dataset folder. The lock is a small file beside the folder
 * (`<name>.procmine-lock`, not inside it: the folder itself is replaced at the end of a run),
 * created with O_EXCL and holding the owner's pid, host and process start time. A second run
 * finds it and stops with one line naming the owner. A lock whose owner is gone (killed, the
 * machine rebooted, the pid reused by another process) is stale and taken over.
 */
import { randomBytes } from "node:crypto";
import { closeSync, openSync, readFileSync, unlinkSync, writeSync } from "node:fs";
import { link, readFile, rename, rm, stat } from "node:fs/promises";
import { hostname } from "node:os";

export interface LockOwner {
  pid: number;
  host: string;
  /** When the owner took the lock (ISO 8601). */
  since: string;
  /** Unique per lock taken, so a takeover never removes someone else's lock. */
  token: string;
  /** Linux: the boot id and the owner's start time in clock ticks, which tell a reused pid apart. */
  boot?: string;
  start?: string;
}

/** Another live run holds the folder's lock. */
export class DatasetLockedError extends Error {
  override readonly name = "DatasetLockedError";
  constructor(
    readonly lockPath: string,
    readonly owner: LockOwner | undefined,
  ) {
    super(
      owner
        ? `another procmine run (pid ${owner.pid}${owner.host === hostname() ? "" : ` on ${owner.host}`}, since ${owner.since}) is writing this dataset; wait for it to finish (if it is gone, remove ${lockPath})`
        : `another procmine run is starting to write this dataset; wait for it to finish (if there is none, remove ${lockPath})`,
    );
  }
}

/** Tokens of the locks this process holds (a library may run two datasets at once). */
const held = new Set<string>();

function readProc(path: string): string | undefined {
  try {
    return readFileSync(path, "utf8");
  } catch {
    return undefined;
  }
}

/** Field 22 of /proc/<pid>/stat: when the process started, in clock ticks since boot. */
function startTime(pid: number | "self"): string | undefined {
  const stat = readProc(`/proc/${pid}/stat`);
  if (!stat) return undefined;
  return stat.slice(stat.lastIndexOf(")") + 2).split(" ")[19];
}

const bootId = () => readProc("/proc/sys/kernel/random/boot_id")?.trim();

/** Whether the run that wrote `owner` may still be running (when in doubt: yes). */
export function ownerAlive(owner: LockOwner): boolean {
  if (owner.host !== hostname()) return true; // another machine (a shared file system): cannot tell
  if (owner.pid === process.pid) return held.has(owner.token);
  const boot = bootId();
  if (owner.boot && boot && owner.boot !== boot) return false; // written before a reboot
  if (owner.start && boot) {
    const now = startTime(owner.pid);
    return now !== undefined && now === owner.start;
  }
  try {
    process.kill(owner.pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** A lock file whose content cannot be read yet is being written: live for this long. */
const UNREADABLE_GRACE_MS = 10_000;

async function readOwner(path: string): Promise<LockOwner | "missing" | "unreadable"> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "ENOENT") return "missing";
    throw e;
  }
  try {
    const owner = JSON.parse(text) as LockOwner;
    if (typeof owner.pid === "number" && typeof owner.token === "string") return owner;
  } catch {
    // fall through
  }
  return "unreadable";
}

export class DatasetLock {
  private released = false;

  private constructor(
    readonly path: string,
    readonly owner: LockOwner,
  ) {
    held.add(owner.token);
  }

  /** Take the lock at `path`, taking over a stale one; DatasetLockedError if a live run holds it. */
  static async acquire(path: string): Promise<DatasetLock> {
    for (let attempt = 0; attempt < 8; attempt++) {
      const boot = bootId();
      const start = startTime("self");
      const owner: LockOwner = {
        pid: process.pid,
        host: hostname(),
        since: new Date().toISOString(),
        token: randomBytes(8).toString("hex"),
        ...(boot && start ? { boot, start } : {}),
      };
      try {
        const fd = openSync(path, "wx");
        try {
          writeSync(fd, JSON.stringify(owner) + "\n");
        } finally {
          closeSync(fd);
        }
        return new DatasetLock(path, owner);
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code !== "EEXIST") throw e;
      }
      const found = await readOwner(path);
      if (found === "missing") continue;
      if (found === "unreadable") {
        const age = Date.now() - ((await stat(path).catch(() => undefined))?.mtimeMs ?? 0);
        if (age < UNREADABLE_GRACE_MS) throw new DatasetLockedError(path, undefined);
      } else if (ownerAlive(found)) {
        throw new DatasetLockedError(path, found);
      }
      await takeOver(path, found === "unreadable" ? undefined : found.token);
    }
    throw new DatasetLockedError(path, undefined);
  }

  /** Remove the lock if it is still ours. */
  async release(): Promise<void> {
    if (this.released) return;
    this.released = true;
    held.delete(this.owner.token);
    const found = await readOwner(this.path).catch(() => "missing" as const);
    if (typeof found === "object" && found.token === this.owner.token) await rm(this.path, { force: true });
  }

  /** The same, for a process that is exiting (no promise will run). */
  releaseSync(): void {
    if (this.released) return;
    this.released = true;
    held.delete(this.owner.token);
    try {
      const found = JSON.parse(readFileSync(this.path, "utf8")) as LockOwner;
      if (found.token === this.owner.token) unlinkSync(this.path);
    } catch {
      // gone already, or not ours
    }
  }
}

/**
 * Remove a stale lock without ever removing a live one: move it aside (atomic), check that what
 * was moved is the stale lock that was read, and put it back if a live run had replaced it.
 */
async function takeOver(path: string, staleToken: string | undefined): Promise<void> {
  const aside = `${path}.stale-${randomBytes(6).toString("hex")}`;
  try {
    await rename(path, aside);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "ENOENT") return; // another run took it over first
    throw e;
  }
  const moved = await readOwner(aside);
  if (typeof moved === "object" && moved.token !== staleToken && ownerAlive(moved)) {
    await link(aside, path).catch(() => undefined);
    await rm(aside, { force: true });
    throw new DatasetLockedError(path, moved);
  }
  await rm(aside, { force: true });
}

/**
 * Until the returned function is called, an exit of the process (a second Ctrl-C) removes the
 * run's unfinished dataset and releases its lock: nothing half-written outlives the process.
 */
export function cleanUpOnExit(lock: DatasetLock, unfinished: () => { discardSync(): void } | undefined): () => void {
  const onExit = () => {
    unfinished()?.discardSync();
    lock.releaseSync();
  };
  process.on("exit", onExit);
  return () => process.off("exit", onExit);
}
