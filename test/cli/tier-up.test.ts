// The batch raises V8's tier-up budget only when its workers leave no core idle for the optimizing compiler.
import { spawnSync } from "node:child_process";
import { tierUpFlag, tuneTierUp } from "../../src/cli/tier-up";

describe("tier-up budget of a batch", () => {
  it("keeps V8's default while a core is left for the compiler", () => {
    expect(tierUpFlag(1, 2)).toBeNull();
    expect(tierUpFlag(2, 4)).toBeNull();
    expect(tierUpFlag(3, 8)).toBeNull();
  });

  it("raises the interrupt budget sixteenfold when the workers fill every core", () => {
    for (const [workers, cores] of [
      [2, 2],
      [1, 1],
      [4, 2],
    ]) {
      expect(tierUpFlag(workers, cores)).toBe(`--interrupt-budget=${16 * 66 * 1024}`);
    }
  });

  it("sets the flag before the workers start, and only then", () => {
    const set: string[] = [];
    tuneTierUp(2, 2, (f) => set.push(f));
    tuneTierUp(1, 2, (f) => set.push(f));
    expect(set).toEqual(["--interrupt-budget=1081344"]);
  });

  it("is a flag this Node's V8 knows", () => {
    // Node refuses an unknown flag or a bad value at start-up ("bad option", exit 9); bogus ones show the probe works.
    const run = (flag: string) => spawnSync(process.execPath, [flag, "-e", "0"], { encoding: "utf8" });
    expect(run("--interrupt-budgett=1").status).not.toBe(0);
    expect(run("--interrupt-budget=many").status).not.toBe(0);
    const ours = run(tierUpFlag(2, 2)!);
    expect(ours.stderr).toBe("");
    expect(ours.status).toBe(0);
  });
});
