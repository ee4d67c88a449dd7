/** The very hidden sheet where this host keeps the add-in's settings (Excel keeps them in workbook.settings). */
export const SETTINGS_SHEET = "_jixiao";
