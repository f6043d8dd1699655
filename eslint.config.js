// One linter for the whole repo. The boundary rule keeps src/core pure: it must run
// unchanged in Node scripts and in the browser, so it may not import Node-only or UI code.
import js from "@eslint/js";
import tseslint from "typescript-eslint";
import reactHooks from "eslint-plugin-react-hooks";
import prettier from "eslint-config-prettier";
import globals from "globals";

export default tseslint.config(
  { ignores: ["dist", "node_modules", "public", "data", "test-results"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      "@typescript-eslint/consistent-type-imports": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_" }],
    },
  },
  {
    files: ["src/core/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              // Relative imports that climb into src/node, src/ui or scripts (file or folder).
              regex: "^(\\.{1,2}/)+(.*/)?(node|ui|scripts)(/|$)",
              message: "src/core is pure: it may not import src/node, src/ui or scripts.",
            },
            {
              regex:
                "^(node:.*|fs|path|os|child_process|nodejieba|react|react-dom|cytoscape|zustand)(/.*)?$",
              message: "src/core is pure: no Node built-ins, native addons or UI libraries.",
            },
          ],
        },
      ],
    },
  },
  {
    files: ["src/ui/**/*.{ts,tsx}"],
    plugins: { "react-hooks": reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["**/node/**", "**/scripts/**", "nodejieba", "node:*"],
              message: "The browser cannot load Node-only code.",
            },
          ],
        },
      ],
    },
  },
  prettier,
);
