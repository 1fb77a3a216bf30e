// The CLI and its worker as one module each: `dist/procmine.bundle.js` (what `dist/bin.js` loads)
// and `dist/worker.bundle.js` (what the pool spawns), bundled from the modules tsc just built.
// Node 20 has no compile cache: resolving, reading and compiling the ~180 modules of the CLI, core,
// the extractors and pdf cost every process and every worker some 100 ms of its start; one file
// costs a fraction. Nothing else changes: `dist/index.js` and the packages' exports stay modules.
// Run by the build after build-compiled.mjs: the bundle carries the code hash of the modules it
// was made of, so a start checks compiled.json against it without a stat of every module.
import { build } from "esbuild";
import { readFileSync, renameSync, rmSync } from "node:fs";
import { dirname, join, relative, sep } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const cliDir = fileURLToPath(new URL("..", import.meta.url));
const dist = join(cliDir, "dist");
// Each package's dist/, as Node resolves it from the CLI (through the workspace's links).
const packageDist = (name) => dirname(fileURLToPath(import.meta.resolve(name)));
const ourDists = ["@procmine/core", "@procmine/extractors", "@procmine/pdf"].map(packageDist).concat(dist);
const ours = (path) => ourDists.some((d) => path.startsWith(d + sep));
const posix = (path) => path.split(sep).join("/");

// A stale bundle must never run: remove the old ones before anything can fail.
for (const name of ["procmine.bundle.js", "worker.bundle.js"]) rmSync(join(dist, name), { force: true });

const { codeHash } = await import(pathToFileURL(join(packageDist("@procmine/extractors"), "compiled.js")).href);
const code = codeHash();
if (code === undefined) throw new Error("bundle-cli: the extractors are not running from their dist/");

/**
 * Each module keeps its own place: `import.meta.url` becomes the URL of the module it was written
 * in, relative to the bundle (data files, package.json and createRequire resolve as before, from
 * any folder the checkout is moved to). A package's import outside procmine (pdfjs-dist, imported
 * when a PDF is read) stays an import, of the file it resolves to from that package.
 */
const keepPlaces = {
  name: "keep-module-places",
  setup(b) {
    b.onLoad({ filter: /\.js$/ }, (args) => {
      const source = readFileSync(args.path, "utf8");
      if (!ours(args.path) || !source.includes("import.meta.url")) return undefined;
      const own = `new URL(${JSON.stringify(posix(relative(dist, args.path)))}, import.meta.url).href`;
      return { contents: source.replaceAll("import.meta.url", own), loader: "js" };
    });
    b.onResolve({ filter: /^[^./]/ }, async (args) => {
      if (args.path.startsWith("node:") || args.path.startsWith("@procmine/") || args.pluginData === "resolving" || !ours(args.importer)) return undefined;
      if (args.kind !== "dynamic-import") throw new Error(`bundle-cli: ${args.importer} imports ${args.path} statically; bundle it or load it lazily`);
      const target = await b.resolve(args.path, { kind: args.kind, importer: args.importer, resolveDir: args.resolveDir, pluginData: "resolving" });
      if (target.errors.length > 0) throw new Error(`bundle-cli: ${args.path} from ${args.importer}: ${target.errors[0].text}`);
      let path = posix(relative(dist, target.path));
      if (!path.startsWith(".")) path = `./${path}`;
      return { path, external: true };
    });
  },
};

for (const [entry, name] of [
  ["cli.js", "procmine.bundle.js"],
  ["worker.js", "worker.bundle.js"],
]) {
  const outfile = join(dist, name);
  const tmp = `${outfile}.${process.pid}.tmp`;
  await build({
    entryPoints: [join(dist, entry)],
    bundle: true,
    format: "esm",
    platform: "node",
    target: "node20",
    // esbuild's tables take Unicode property escapes (`/\p{Lu}/u`) for unsupported on node20 and
    // rewrite each such literal as `new RegExp(...)`, built again at every call (about four times
    // a literal's cost, and garbage): node 20 has them, so the literals stay literals.
    supported: { "regexp-unicode-property-escapes": true },
    legalComments: "inline",
    outfile: tmp,
    plugins: [keepPlaces],
    define: { PROCMINE_BUNDLED_CODE: JSON.stringify(code) },
    logLevel: "warning",
    absWorkingDir: cliDir,
  });
  renameSync(tmp, outfile);
}
console.log(`bundles: dist/procmine.bundle.js and dist/worker.bundle.js (code ${code.slice(0, 12)})`);
