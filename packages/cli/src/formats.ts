/** The output formats of `procmine annotate --format`. */
export const FORMATS = ["jsonl", "csv", "json", "html", "brat"] as const;
export type Format = (typeof FORMATS)[number];
export const DEFAULT_FORMATS: readonly Format[] = ["jsonl", "csv"];
