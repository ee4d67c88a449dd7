/** Every specimen workbook, in the order of the specimens' numbers. */
import { SpecimenWorkbook } from "../specimen";
import { YUNNAN_LIJIANG_2020 } from "./01_yunnan-lijiang_2020_xiangmu";
import { YUNNAN_BAOSHAN_LONGYANG_2022 } from "./03_yunnan-baoshan-longyang_2022_xiangmu";
import { SHANGHAI_PUTUO_2022 } from "./04_shanghai-putuo_2022_xiangmu";
import { NINGXIA_YINCHUAN_2021 } from "./05_ningxia-yinchuan_2021_xiangmu";
import { SHANXI_JISHAN_2020 } from "./06_shanxi-yuncheng-jishan_2020_xiangmu";
import { GUANGXI_GUIGANG_2018 } from "./07_guangxi-guigang_2018_pingfen";
import { ANHUI_HUOSHAN_2024 } from "./08_anhui-luan-huoshan_2024_zhuanyizhifu";
import { SICHUAN_ANJU_2021 } from "./10_sichuan-suining-anju_2021_zhuanyizhifu-quyu";
import { ANHUI_JINZHAI_2023 } from "./11_anhui-luan-jinzhai_2023_bumenzhengti";
import { HEBEI_CHENGAN_2020 } from "./12_hebei-handan-chengan_2020_xiangmu";
import { CHONGQING_LIANGPING_2023 } from "./15_chongqing-liangping_2023_bumenzhengti";
import { HAINAN_COMMERCE } from "./16_hainan-provincial_unknown_xiangmu-pingfen";
import { TIANJIN_PLATFORM } from "./17_tianjin_platform-config_bumenzhengti";
import { ANHUI_XIAOXIAN_2023 } from "./19_anhui-suzhou-xiaoxian_2023_xianjie";
import { SICHUAN_PLATFORM } from "./20_sichuan-platform_export_xiangmu";

export const SPECIMENS: readonly SpecimenWorkbook[] = [
  YUNNAN_LIJIANG_2020,
  YUNNAN_BAOSHAN_LONGYANG_2022,
  SHANGHAI_PUTUO_2022,
  NINGXIA_YINCHUAN_2021,
  SHANXI_JISHAN_2020,
  GUANGXI_GUIGANG_2018,
  ANHUI_HUOSHAN_2024,
  SICHUAN_ANJU_2021,
  ANHUI_JINZHAI_2023,
  HEBEI_CHENGAN_2020,
  CHONGQING_LIANGPING_2023,
  HAINAN_COMMERCE,
  TIANJIN_PLATFORM,
  ANHUI_XIAOXIAN_2023,
  SICHUAN_PLATFORM,
];
