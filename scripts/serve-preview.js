#!/usr/bin/env node
// `npm start`: serves dist/ on localhost with plain Node http (offline, no dev server) and prints the preview's
// address. Usage: node scripts/serve-preview.js [--port N] [--dir DIR]   (--port 0 picks a free port)
"use strict";
const http = require("http");
const fs = require("fs");
const path = require("path");

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".ico": "image/x-icon",
  ".txt": "text/plain; charset=utf-8",
};

function option(args, name, fallback) {
  const i = args.indexOf(name);
  return i >= 0 && i + 1 < args.length ? args[i + 1] : fallback;
}

/** Resolves a request path inside `root`, or null when it would leave it. */
function resolveInside(root, urlPath) {
  let decoded;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  const file = path.resolve(root, "." + path.posix.normalize("/" + decoded));
  return file === root || file.startsWith(root + path.sep) ? file : null;
}

function createServer(root) {
  const base = path.resolve(root);
  return http.createServer((req, res) => {
    const url = new URL(req.url || "/", "http://localhost");
    if (req.method !== "GET" && req.method !== "HEAD") {
      res.writeHead(405, { Allow: "GET, HEAD" }).end();
      return;
    }
    if (url.pathname === "/") {
      res.writeHead(302, { Location: "/preview.html" }).end();
      return;
    }
    const file = resolveInside(base, url.pathname);
    if (!file) {
      res.writeHead(400, { "Content-Type": "text/plain; charset=utf-8" }).end("错误的路径");
      return;
    }
    fs.stat(file, (err, stat) => {
      if (err || !stat.isFile()) {
        res.writeHead(404, { "Content-Type": "text/plain; charset=utf-8" }).end(`未找到 ${url.pathname}`);
        return;
      }
      res.writeHead(200, {
        "Content-Type": TYPES[path.extname(file).toLowerCase()] || "application/octet-stream",
        "Content-Length": stat.size,
        "Cache-Control": "no-cache",
        "X-Content-Type-Options": "nosniff",
      });
      if (req.method === "HEAD") res.end();
      else fs.createReadStream(file).pipe(res);
    });
  });
}

/** Starts the server; resolves with its address once it listens. */
function start({ port = 3000, dir = path.join(__dirname, "..", "dist"), host = "127.0.0.1" } = {}) {
  const server = createServer(dir);
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => {
      const address = server.address();
      resolve({ server, url: `http://${host === "127.0.0.1" ? "localhost" : host}:${address.port}/` });
    });
  });
}

if (require.main === module) {
  const args = process.argv.slice(2);
  const port = Number(option(args, "--port", process.env.PORT || "3000"));
  const dir = path.resolve(option(args, "--dir", path.join(__dirname, "..", "dist")));
  if (!fs.existsSync(path.join(dir, "preview.html"))) {
    console.error(`${dir} 中没有 preview.html：请先运行 npm run build。`);
    process.exit(2);
  }
  start({ port, dir }).then(
    ({ url }) => {
      console.log(`绩效自评助手 · 浏览器预览：${url}preview.html`);
      console.log("按 Ctrl+C 停止。");
    },
    (error) => {
      console.error(
        error.code === "EADDRINUSE"
          ? `端口 ${port} 已被占用，可用 --port 指定其他端口。`
          : `无法启动：${error.message}`,
      );
      process.exit(1);
    },
  );
}

module.exports = { start, createServer };
