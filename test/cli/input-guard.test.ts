import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { readGuarded } from "../../src/cli/input-guard";
import { BadInput, SAMPLE, writeBadInputs } from "./support/bad-inputs";

let dir: string;
let bad: Record<string, BadInput>;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "jixiao-guard-"));
  bad = await writeBadInputs(dir);
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe("input guard", () => {
  it("passes the sample workbook with its bytes", async () => {
    const guarded = await readGuarded(SAMPLE);
    expect(guarded.ok && guarded.buffer.equals(fs.readFileSync(SAMPLE))).toBe(true);
  });

  it.each([
    "random",
    "truncated",
    "oldXls",
    "encrypted",
    "tooBig",
    "zipBomb",
    "lyingZipBomb",
    "empty",
    "missing",
    "notWorkbook",
    "htmlAsXls",
  ])("refuses %s with one clear Chinese line", async (name) => {
    const guarded = await readGuarded(bad[name].file);
    expect(guarded.ok).toBe(false);
    const message = guarded.ok ? "" : guarded.message;
    expect(message).toMatch(bad[name].says);
    expect(message).not.toMatch(/\n/);
  });

  it("refuses a directory given as a file", async () => {
    const guarded = await readGuarded(dir);
    expect(guarded.ok ? "" : guarded.message).toMatch(/目录/);
  });

  it("never reads a file above the size bound", async () => {
    const spy = jest.spyOn(fs.promises, "readFile");
    await readGuarded(bad.tooBig.file);
    expect(spy).not.toHaveBeenCalled();
    spy.mockRestore();
  });
});
