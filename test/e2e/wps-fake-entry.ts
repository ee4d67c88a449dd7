// Bundled for Chromium by test/e2e/wps-taskpane.test.ts and run before the WPS task pane's own script: puts the fake
// WPS, with the sample workbook open, where a WPS 加载项 page finds WPS (window.Application), and keeps it at hand
// for the test (window.fakeEt).
import sample from "../../samples/hengyang-commerce-2023.json";
import type { WorkbookJson } from "../../src/host/memory/serialize";
import { fakeEtFromJson } from "../wps-host/from-json";

const et = fakeEtFromJson(sample as WorkbookJson);
Object.assign(window, { Application: et.application, fakeEt: et });
