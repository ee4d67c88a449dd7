// The scoring profiles of ../../../../shared/design/RULES.md, as data. A workbook stores the id of its profile.
import { Profile } from "./types";

/** Central rules as used in Hunan: the rules of RULES.md with every optional platform rule off. */
export const DEFAULT_PROFILE: Profile = {
  id: "default",
  name: "默认（中央规则，湖南适用）",
  description:
    "执行率=全年执行数÷全年预算数，预算执行分值10分；正向指标按完成值÷指标值计分，反向指标按指标值÷完成值计分；" +
    "定性指标分三档（80%/60%）；超出指标值30%以上需说明原因；不适用指标不计分，总分折算为百分制。",
  budgetWeight: 10,
  reverse: "ratio",
  qualitativeBands: { achieved: 0.8, partial: 0.6 },
  overshootRatio: 0.3,
  notApplicableRescale: true,
  executionRateCaps: null,
  overshootDeduction: null,
  penaliseControlRateOver100: false,
  tolerance: { ratePoints: 0.005, scorePoints: 0.005 },
  grades: { excellent: 90, good: 80, pass: 60 },
  severities: {},
};

/**
 * The stricter rules of a provincial 预算管理一体化 platform: the total is capped by 执行率, an indicator that
 * overshoots by 30 % or more loses 2 points, a reverse indicator that misses loses in proportion to the excess,
 * and a 控制率 above 100 % is an error.
 */
export const PLATFORM_PROFILE: Profile = {
  ...DEFAULT_PROFILE,
  id: "platform",
  name: "一体化平台（从严）",
  description:
    "在默认规则上启用平台规则：执行率70%–80%总分最高89分、60%–70%最高79分、低于60%最高69分、低于50%最高59分；" +
    "完成值超出指标值30%以上扣2分；反向指标按超出比例扣分，超出一倍得0分；人员控制率超过100%视为错误。",
  reverse: "linear",
  executionRateCaps: [
    { below: 0.5, cap: 59 },
    { below: 0.6, cap: 69 },
    { below: 0.7, cap: 79 },
    { below: 0.8, cap: 89 },
  ],
  overshootDeduction: 2,
  penaliseControlRateOver100: true,
};

export const DEFAULT_PROFILE_ID = DEFAULT_PROFILE.id;

/** The workbook setting the chosen profile's id is stored under. */
export const PROFILE_SETTING_KEY = "jixiao.profile";

export const PROFILES: Record<string, Profile> = {
  [DEFAULT_PROFILE.id]: DEFAULT_PROFILE,
  [PLATFORM_PROFILE.id]: PLATFORM_PROFILE,
};

/** The profile with this id; the default one when no id is given; undefined for an unknown id. */
export function getProfile(id?: string | null): Profile | undefined {
  if (id === undefined || id === null || id.trim() === "") return DEFAULT_PROFILE;
  return Object.prototype.hasOwnProperty.call(PROFILES, id.trim()) ? PROFILES[id.trim()] : undefined;
}

/** The profile a workbook's settings name, falling back to the default for none or an unknown id. */
export function profileFromSettings(settings: Record<string, string> | undefined): Profile {
  return getProfile(settings?.[PROFILE_SETTING_KEY]) ?? DEFAULT_PROFILE;
}
