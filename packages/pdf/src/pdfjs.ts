/**
 * pdf.js's legacy build (the one for Node), loaded once. Its core-js polyfills replace built-ins
 * that Node already has whenever they miss a corner of the spec (Array.prototype.push is replaced
 * because it does not throw on a frozen length), and the replacements are several times slower,
 * for every array in the process: tokenizing and matching too. Built-ins that existed before the
 * import get their own implementation back; what pdf.js adds (Promise.withResolvers) stays.
 */
type PdfjsModule = typeof import("pdfjs-dist/legacy/build/pdf.mjs");

let loaded: Promise<PdfjsModule> | undefined;

export function loadPdfjs(): Promise<PdfjsModule> {
  loaded ??= importKeepingBuiltins();
  return loaded;
}

async function importKeepingBuiltins(): Promise<PdfjsModule> {
  const typed = Object.getPrototypeOf(Uint8Array.prototype) as object;
  const holders: object[] = [
    Array, Array.prototype, Object, Object.prototype, Promise, Promise.prototype, String, String.prototype,
    Map, Map.prototype, Set, Set.prototype, WeakMap.prototype, Number, Math, JSON, Reflect, typed,
    Object.getPrototypeOf(typed) as object, Uint8Array, Uint8Array.prototype, globalThis,
  ];
  const saved = holders.map((h) => new Map(Object.entries(Object.getOwnPropertyDescriptors(h)).filter(([, d]) => typeof d.value === "function")));
  const mod = await import("pdfjs-dist/legacy/build/pdf.mjs");
  // Node has no web worker: pdf.js runs its worker's code in this thread, loading it on the first
  // document unless it is already here. It is loaded here, so that its polyfills are undone too.
  // @ts-expect-error the worker module ships without types
  const worker = (await import("pdfjs-dist/legacy/build/pdf.worker.mjs")) as { WorkerMessageHandler: unknown };
  (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = worker;
  holders.forEach((h, i) => {
    for (const [key, before] of saved[i]!) {
      const now = Object.getOwnPropertyDescriptor(h, key);
      if (now && now.value !== before.value && now.configurable) Object.defineProperty(h, key, before);
    }
  });
  return mod;
}
