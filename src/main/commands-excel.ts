// The ribbon's function file inside Excel: a fresh Excel host and session for each click of 一键重算.
import { Session } from "../app/session";
import { registerCommands } from "../commands/commands";
import { officeExcelHost, officeReady } from "../host/excel/office";

officeReady().then(
  (inExcel) => {
    if (inExcel) registerCommands(() => new Session(officeExcelHost()));
  },
  (error: unknown) => console.error(`绩效自评助手命令无法加载：${String(error)}`),
);
