// Run before every test file (also when test files share a module graph: vitest's isolate: false).
import { afterAll } from "vitest";
import { removeTempDirs } from "./temp-dirs.js";

afterAll(removeTempDirs);
