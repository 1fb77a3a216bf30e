/** A small deterministic PRNG (mulberry32): the same numbers from the same seed on every run. */
export declare function prng(seed: number): () => number;
