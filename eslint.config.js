// Lint the whole repository's TypeScript and scripts: the recommended rules of ESLint and
// typescript-eslint (syntax only, so it stays fast; `tsc` does the type checking).
import js from "@eslint/js";
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["**/dist/**", "**/node_modules/**", "out/**", "coverage/**", ".bench-tmp/**"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: {
        process: "readonly", console: "readonly", Buffer: "readonly", URL: "readonly",
        setTimeout: "readonly", clearTimeout: "readonly", setInterval: "readonly", clearInterval: "readonly",
        performance: "readonly", TextDecoder: "readonly", TextEncoder: "readonly", globalThis: "readonly",
        structuredClone: "readonly", queueMicrotask: "readonly", document: "readonly", window: "readonly",
        localStorage: "readonly", navigator: "readonly", Blob: "readonly", AbortController: "readonly",
      },
    },
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  // Tests read parsed JSON output; typing every record there buys nothing.
  { files: ["test/**"], rules: { "@typescript-eslint/no-explicit-any": "off" } },
);
