// The one import of zod at run time (the build bundles it: scripts/bundle-zod.mjs).
export { z } from "zod";
