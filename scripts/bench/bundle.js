// Bench: the task pane's download, gzipped — the scripts taskpane.html loads from the build, office.js excluded.
// Needs a production build (npm run build).
"use strict";
const fs = require("fs");
const path = require("path");
const zlib = require("zlib");

const ROOT = path.join(__dirname, "..", "..");

function taskpaneScripts(dist) {
  const html = fs.readFileSync(path.join(dist, "taskpane.html"), "utf8");
  return [...html.matchAll(/<script\b[^>]*\bsrc=["']?([^"'\s>]+)/gi)]
    .map((m) => m[1])
    .filter((src) => !/^[a-z]+:/i.test(src) && !src.startsWith("office-js/"));
}

/** `ctx` is scripts/bench.js's context; `ctx.dist` points elsewhere than `<root>/dist`. */
async function run(ctx) {
  const dist = ctx.dist || path.join(ctx.root || ROOT, "dist");
  if (!fs.existsSync(path.join(dist, "taskpane.html")))
    throw new Error(`${dist} has no taskpane.html: run npm run build`);
  const files = taskpaneScripts(dist);
  let bytes = 0;
  for (const file of files) bytes += zlib.gzipSync(fs.readFileSync(path.join(dist, file)), { level: 9 }).length;
  return { taskpane_gzip_kb: Math.round((bytes / 1024) * 10) / 10 };
}

module.exports = { run };
