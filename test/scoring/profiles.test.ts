/** Profiles are data: `default` as RULES.md states it, a stricter `platform`, stored in the workbook by id. */
import {
  DEFAULT_PROFILE_ID,
  PROFILES,
  PROFILE_SETTING_KEY,
  getProfile,
  profileFromSettings,
} from "../../src/core/profile";

describe("profiles", () => {
  it("default: the central rules with every platform rule off", () => {
    expect(PROFILES.default).toMatchObject({
      id: "default",
      budgetWeight: 10,
      reverse: "ratio",
      qualitativeBands: { achieved: 0.8, partial: 0.6 },
      overshootRatio: 0.3,
      notApplicableRescale: true,
      executionRateCaps: null,
      overshootDeduction: null,
      penaliseControlRateOver100: false,
      grades: { excellent: 90, good: 80, pass: 60 },
    });
    expect(DEFAULT_PROFILE_ID).toBe("default");
  });

  it("platform: caps by 执行率 and the overshoot deduction on", () => {
    expect(PROFILES.platform.executionRateCaps).toEqual([
      { below: 0.5, cap: 59 },
      { below: 0.6, cap: 69 },
      { below: 0.7, cap: 79 },
      { below: 0.8, cap: 89 },
    ]);
    expect(PROFILES.platform.overshootDeduction).toBe(2);
    expect(PROFILES.platform.reverse).toBe("linear");
    expect(PROFILES.platform.penaliseControlRateOver100).toBe(true);
  });

  it("are plain serialisable data with Chinese names", () => {
    for (const p of Object.values(PROFILES)) {
      expect(JSON.parse(JSON.stringify(p))).toEqual(p);
      expect(p.name).toMatch(/[\u4e00-\u9fff]/);
      expect(PROFILES[p.id]).toBe(p);
    }
  });

  it("are found by the id a workbook stores", () => {
    expect(PROFILE_SETTING_KEY).toBe("jixiao.profile");
    expect(getProfile("platform")).toBe(PROFILES.platform);
    expect(getProfile(undefined)).toBe(PROFILES.default);
    expect(getProfile("湖北")).toBeUndefined();
    expect(getProfile("toString")).toBeUndefined();
    expect(profileFromSettings({ [PROFILE_SETTING_KEY]: "platform" })).toBe(PROFILES.platform);
    expect(profileFromSettings({ [PROFILE_SETTING_KEY]: "gone" })).toBe(PROFILES.default);
    expect(profileFromSettings(undefined)).toBe(PROFILES.default);
  });
});
