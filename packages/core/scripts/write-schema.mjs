// Publish the annotation record's JSON Schema (generated from the zod schema) beside the build.
import { writeFileSync } from "node:fs";
import { annotationJsonSchema } from "../dist/index.js";

const url = new URL("../schema/annotation.schema.json", import.meta.url);
writeFileSync(url, JSON.stringify(annotationJsonSchema(), null, 2) + "\n");
