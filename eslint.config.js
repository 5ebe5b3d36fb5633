// ESLint: TypeScript and React hooks rules, and the layer rules of the architecture (README, Layout):
// domain ← form ← ooxml ← word, export ← taskpane, cli. Imports may only point down that chain.
import comments from "@eslint-community/eslint-plugin-eslint-comments";
import js from "@eslint/js";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";
import tseslint from "typescript-eslint";

const layer = (name) => [`**/${name}/*`, `**/${name}/**`];
const PACKAGES_UI = ["react", "react-dom", "react/*", "@fluentui/*"];
const PACKAGES_OFFICE = ["office-*", "@microsoft/office*"];

/** A restriction: the layers and packages `files` must not import. */
function layerRule(files, layers, packages, message) {
  return {
    files,
    ignores: ["**/*.test.ts", "**/*.test.tsx"],
    rules: {
      "no-restricted-imports": [
        "error",
        { patterns: [{ group: [...layers.flatMap(layer), ...packages], message }] },
      ],
    },
  };
}

export default tseslint.config(
  { ignores: ["dist/**", "node_modules/**", "test-output/**", "coverage/**"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2022, sourceType: "module" },
    linterOptions: { reportUnusedDisableDirectives: "error" },
    plugins: { "eslint-comments": comments },
    rules: {
      "eslint-comments/require-description": ["error", { ignore: [] }],
      "eslint-comments/no-unlimited-disable": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrors: "none" }],
    },
  },
  {
    files: ["scripts/**", "bench/**", "test/**", "src/cli/**", "*.js", "*.mjs", "bin/**"],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ["src/taskpane/offline/sw.js"],
    languageOptions: { globals: { ...globals.serviceworker } },
  },
  {
    files: ["src/domain/**"],
    rules: {
      "no-restricted-globals": ["error", ...["window", "document", "localStorage", "navigator", "Word", "Office"].map((name) => ({
        name,
        message: "src/domain touches no Office, DOM or browser global.",
      }))],
    },
  },
  {
    files: ["src/word/**"],
    rules: {
      "no-restricted-syntax": ["error", {
        selector: "CallExpression[callee.property.name='insertContentControl']",
        message: "Every content control comes from OOXML (office-js #6590: insertContentControl can stop documents saving on Word on the web).",
      }],
    },
  },
  {
    files: ["src/taskpane/**/*.tsx", "src/taskpane/**/*.ts"],
    plugins: { "react-hooks": reactHooks },
    rules: { "react-hooks/rules-of-hooks": "error", "react-hooks/exhaustive-deps": "error" },
  },
  {
    // One Word session in the pane (issue 17.7): only src/taskpane/word/ (and the entry) reach Word;
    // panels go through the session's RecordDocument (useWord()).
    files: ["src/taskpane/**"],
    ignores: ["src/taskpane/word/**", "src/taskpane/index.tsx", "**/*.test.ts", "**/*.test.tsx"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["office-host", "record-document", "adopt", "agenda", "open-document", "selection", "record-store", "record-write-queue"].map(
                (name) => `**/word/${name}`,
              ),
              message: "Panels use the pane's Word session (useWord() in state/pane.ts), never office.js or the adapter directly.",
            },
          ],
        },
      ],
      "no-restricted-syntax": [
        "error",
        {
          selector: "MemberExpression[object.name='Word'][property.name='run']",
          message: "Panels use the pane's Word session (useWord() in state/pane.ts), never Word.run.",
        },
      ],
    },
  },
  layerRule(["src/domain/**"], ["form", "ooxml", "word", "export", "taskpane", "cli"], [...PACKAGES_UI, ...PACKAGES_OFFICE, "docx", "fflate", "@xmldom/*", "node:*"], "src/domain is pure TypeScript: no other layer, no Office, React, docx, XML or Node."),
  layerRule(["src/form/**"], ["ooxml", "word", "export", "taskpane", "cli"], [...PACKAGES_UI, ...PACKAGES_OFFICE, "docx", "fflate", "@xmldom/*", "node:*"], "src/form builds on src/domain only: no XML, Office, React or Node."),
  layerRule(["src/ooxml/**"], ["word", "export", "taskpane", "cli"], [...PACKAGES_UI, ...PACKAGES_OFFICE, "node:*"], "src/ooxml is WordprocessingML over domain and form only."),
  layerRule(["src/word/**"], ["export", "taskpane", "cli"], [...PACKAGES_UI, "docx", "node:*"], "src/word is the only Office code; it does not know the pane, the exports or the command line."),
  layerRule(["src/export/**"], ["word", "taskpane", "cli"], [...PACKAGES_UI, ...PACKAGES_OFFICE, "node:*"], "src/export is pure: record to bytes, no Office, React or Node."),
  layerRule(["src/cli/**"], ["word", "taskpane"], [...PACKAGES_UI, ...PACKAGES_OFFICE], "The command line does not use Word or the pane."),
);
