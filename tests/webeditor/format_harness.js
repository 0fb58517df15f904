// Loads admin/pelican-format.js as the admin page would (a CMS object that keeps the formats),
// then answers one JSON request from stdin: {"format", "files": {name: text}, "edits": {...}}.
"use strict";
const fs = require("fs");
const path = require("path");
const formats = {};
const request = JSON.parse(fs.readFileSync(0, "utf8"));
global.window = { CMS: { registerCustomFormat: (name, ext, format) => { formats[name] = format; } } };
// The page's meta tags, as plugins/webeditor/config.py's page_data() makes them.
global.document = { querySelector: (selector) => {
  const name = /name="([^"]+)"/.exec(selector)[1];
  return name in request.meta ? { getAttribute: () => request.meta[name] } : null;
} };
new Function(fs.readFileSync(path.join(__dirname, "..", "..", "admin", "pelican-format.js"), "utf8"))();
const format = formats[request.format];
const out = {};
for (const [name, text] of Object.entries(request.files)) {
  const data = format.fromFile(text);
  Object.assign(data, (request.edits || {})[name] || {});
  out[name] = { data: Object.fromEntries(Object.entries(data).filter(([k]) => k !== "pelican_original")),
                text: format.toFile(data, request.order || []) };
}
process.stdout.write(JSON.stringify(out));
