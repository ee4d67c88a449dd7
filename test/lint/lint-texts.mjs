// Lints and format-checks source texts with the ESLint and Prettier Node APIs and prints the results as JSON.
// It runs as its own process because both libraries load ES modules through dynamic import(), which Jest's module
// sandbox refuses (without --experimental-vm-modules). Input on stdin:
//   { root, eslint: [{ filePath, code }], prettier: [{ filePath, code }], ignored: [path] }
import { ESLint } from "eslint";
import { join } from "node:path";
import * as prettier from "prettier";

let raw = "";
for await (const chunk of process.stdin) raw += chunk;
const input = JSON.parse(raw);

const eslint = new ESLint({ cwd: input.root, overrideConfigFile: join(input.root, "eslint.config.mjs") });
const linted = [];
for (const { filePath, code } of input.eslint ?? []) {
  const [result] = await eslint.lintText(code, { filePath: join(input.root, filePath) });
  linted.push(result.messages.map(({ ruleId, message, line }) => ({ ruleId, message, line })));
}

const formatted = [];
for (const { filePath, code } of input.prettier ?? []) {
  const file = join(input.root, filePath);
  const options = (await prettier.resolveConfig(file, { editorconfig: true })) ?? {};
  formatted.push(await prettier.check(code, { ...options, filepath: file }));
}

const ignoredBy = {};
for (const path of input.ignored ?? []) {
  ignoredBy[path] = {
    eslint: await eslint.isPathIgnored(join(input.root, path)),
    prettier: (await prettier.getFileInfo(join(input.root, path), { ignorePath: join(input.root, ".prettierignore") }))
      .ignored,
  };
}

process.stdout.write(JSON.stringify({ eslint: linted, prettier: formatted, ignored: ignoredBy }));
