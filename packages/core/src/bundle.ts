/**
 * Set only inside the CLI's bundles (packages/cli/scripts/bundle-cli.mjs, esbuild's `define`):
 * the code hash (extractors' `codeHash`) of the built modules the bundle was made of. Undefined
 * when procmine runs as modules (dist/ or the TypeScript sources).
 */
declare const PROCMINE_BUNDLED_CODE: string | undefined;

export const BUNDLED_CODE: string | undefined = typeof PROCMINE_BUNDLED_CODE === "string" ? PROCMINE_BUNDLED_CODE : undefined;
