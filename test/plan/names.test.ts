// Which defined names the add-in owns and which a plan replaces (core/plan/names), for every host. Excel compares
// names ignoring case, so the rule does too: on purpose since issue 18, when the file and memory hosts still
// compared them as spelt (test/hosts/name-case.test.ts holds the hosts to it).
import { NAME_PREFIX, changesNames, formerNames, isOwnName, replacedBy, sameName } from "../../src/core/plan/names";
import { NameWrite, emptyPlan } from "../../src/core/plan/write-plan";

const name = (n: string): NameWrite => ({ name: n, sheet: "表", area: { top: 1, left: 1, bottom: 2, right: 2 } });

describe("the add-in's names", () => {
  it("are those with the JX_ prefix, in any case", () => {
    expect(NAME_PREFIX).toBe("JX_");
    expect(isOwnName("JX_T01_BASIC")).toBe(true);
    expect(isOwnName("jx_t01_basic")).toBe(true);
    expect(isOwnName("Jx_项目1")).toBe(true);
    expect(isOwnName("JXT01")).toBe(false);
    expect(isOwnName("打印区域备份")).toBe(false);
    expect(isOwnName("MY_JX_AREA")).toBe(false);
  });

  it("are one name to Excel when they differ only in case", () => {
    expect(sameName("JX_T01_BASIC", "jx_T01_basic")).toBe(true);
    expect(sameName("JX_T01_BASIC", "JX_T02_BASIC")).toBe(false);
  });
});

describe("replacedBy", () => {
  it("replaces each name a plan sets anew, in any case, and with replaceNames every name of the add-in's", () => {
    const plan = emptyPlan();
    plan.names = [name("JX_T01_PROJECT"), name("我的区域")];
    const replaced = replacedBy(plan);
    expect(["jx_t01_project", "JX_T01_PROJECT", "我的区域"].filter(replaced)).toHaveLength(3);
    expect(replaced("JX_OLD")).toBe(false);
    expect(replaced("打印区域备份")).toBe(false);
    plan.replaceNames = true;
    const all = replacedBy(plan);
    expect(["JX_OLD", "jx_old", "Jx_T09_BASIC"].every(all)).toBe(true);
    expect(all("打印区域备份")).toBe(false);
  });

  it("tells whether a plan changes names at all", () => {
    const plan = emptyPlan();
    expect(changesNames(plan)).toBe(false);
    expect(changesNames({ ...plan, replaceNames: true })).toBe(true);
    expect(changesNames({ ...plan, names: [name("JX_A")] })).toBe(true);
  });
});

describe("formerNames", () => {
  it("are the add-in's names, in any case, and a person's name the plan set anew; not a person's others", () => {
    const existing = [name("jx_t01_project"), name("JX_OLD"), name("我的区域"), name("打印区域备份")];
    const plan = emptyPlan();
    plan.names = [name("JX_T01_PROJECT"), name("我的区域")];
    expect(formerNames(existing, plan).map((n) => n.name)).toEqual(["jx_t01_project", "JX_OLD", "我的区域"]);
  });
});
