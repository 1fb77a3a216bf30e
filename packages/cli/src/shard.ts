/**
 * `--shard i/n`: which documents a part of a sharded run annotates. A document belongs to part
 * `1 + (first 48 bits of sha256(doc id)) mod n`: it depends on nothing but its own id, so adding
 * inputs never moves a document to another part, and every machine agrees.
 */
import { createHash } from "node:crypto";

export interface Shard {
  /** 1-based. */
  index: number;
  count: number;
}

export function shardOf(doc: string, count: number): number {
  const head = createHash("sha256").update(doc).digest().readUIntBE(0, 6);
  return 1 + (head % count);
}

/** `2/3` as { index: 2, count: 3 }; undefined when it is not such a pair. */
export function parseShard(text: string): Shard | undefined {
  const m = /^(\d{1,6})\/(\d{1,6})$/.exec(text.trim());
  if (!m) return undefined;
  const index = Number(m[1]);
  const count = Number(m[2]);
  return index >= 1 && index <= count ? { index, count } : undefined;
}
