// Pelican's `Key: value` metadata for the web editor (Decap CMS), read and written by the
// rules of Python-Markdown's meta extension, which Pelican reads with
// (plugins/sitecore/frontmatter.py keeps the same rules in Python).
//
// A file opened and saved unchanged must keep its bytes: the text as read is kept beside the
// fields (`pelican_original`, never written to the file), and a line whose value did not
// change is written back exactly as it was, spelling, spaces and order included.
(function () {
  "use strict";
  var META = /^[ ]{0,3}([A-Za-z0-9_-]+):\s*(.*)$/;
  var MORE = /^[ ]{4,}(.*)$/;
  var ORIGINAL = "pelican_original";
  // Metadata whose value is a comma-separated list (the generated page names them).
  var listNode = document.querySelector('meta[name="pelican-list-fields"]');
  var LISTS = (listNode ? listNode.getAttribute("content") : "tags").split(",").filter(Boolean);
  // Fields that only name the file (site-editor.js), never written into it.
  var pathNode = document.querySelector('meta[name="pelican-path-fields"]');
  var PATH = (pathNode ? pathNode.getAttribute("content") : "file").split(",").filter(Boolean);
  // Capitalised key names for lines the editor adds (Pelican reads keys in any case).
  var KEYS = {};

  function split(text) {
    var lines = text.split("\n");
    var fields = [];
    var index = 0;
    for (; index < lines.length; index++) {
      var line = lines[index];
      var found = META.exec(line);
      var more = fields.length ? MORE.exec(line) : null;
      if (line.trim() === "") break;
      if (found) fields.push({ key: found[1], name: found[1].toLowerCase(), raw: [line], value: found[2].trim() });
      else if (more) {
        fields[fields.length - 1].raw.push(line);
        fields[fields.length - 1].value += "\n" + more[1].trim();
      } else break;  // the meta extension ends the header at the first other line
    }
    var blank = index < lines.length && lines[index].trim() === "" ? 1 : 0;
    return { fields: fields, body: lines.slice(index + blank).join("\n"), separator: blank ? lines[index] : null };
  }

  function value(field) {
    if (LISTS.indexOf(field.name) >= 0) {
      return field.value.split(",").map(function (item) { return item.trim(); }).filter(Boolean);
    }
    return field.value;
  }

  function same(a, b) {
    return JSON.stringify(a === undefined ? "" : a) === JSON.stringify(b === undefined ? "" : b);
  }

  function empty(v) {
    return v === undefined || v === null || v === "" || (Array.isArray(v) && v.length === 0);
  }

  function line(key, v) {
    var text = Array.isArray(v) ? v.join(", ") : String(v);
    // One line per field: a line break in a value would start a line Pelican reads as text.
    return key + ": " + text.replace(/\s*\n\s*/g, " ").trim();
  }

  function fromFile(text) {
    var parts = split(text);
    var data = {};
    parts.fields.forEach(function (field) { if (!(field.name in data)) data[field.name] = value(field); });
    data.body = parts.body;
    data[ORIGINAL] = text;
    return data;
  }

  function toFile(data, sortedKeys) {
    var original = data[ORIGINAL] ? split(data[ORIGINAL]) : { fields: [], body: null, separator: null };
    var out = [];
    var done = {};
    original.fields.forEach(function (field) {
      if (done[field.name]) { out = out.concat(field.raw); return; }  // a repeated key: as it was
      done[field.name] = true;
      var now = data[field.name];
      if (PATH.indexOf(field.name) >= 0) out = out.concat(field.raw);
      else if (same(now, value(field))) out = out.concat(field.raw);
      else if (!empty(now)) out.push(line(field.key, now));
    });
    var names = (sortedKeys || []).concat(Object.keys(data));
    names.forEach(function (name) {
      if (done[name] || name === "body" || name === ORIGINAL || PATH.indexOf(name) >= 0 || empty(data[name])) return;
      done[name] = true;
      out.push(line(KEYS[name] || name.charAt(0).toUpperCase() + name.slice(1), data[name]));
    });
    var body = data.body === undefined || data.body === null ? "" : String(data.body);
    if (original.body !== null && body === original.body) {
      return out.join("\n") + (original.separator !== null ? "\n" + original.separator + "\n" : "\n") + body;
    }
    body = body.replace(/\s+$/, "");
    return out.join("\n") + "\n\n" + (body ? body + "\n" : "");
  }

  window.CMS.registerCustomFormat("pelican", "md", { fromFile: fromFile, toFile: toFile });

  // captions.<lang>.txt: `photo.jpg: caption` lines, '#' comments (plugins/gallery/albums.py).
  function captionsFromFile(text) {
    var photos = [];
    text.split("\n").forEach(function (line) {
      var trimmed = line.trim();
      var at = trimmed.indexOf(":");
      if (!trimmed || trimmed.charAt(0) === "#" || at < 0) return;
      photos.push({ photo: trimmed.slice(0, at).trim(), caption: trimmed.slice(at + 1).trim() });
    });
    var data = { photos: photos };
    data[ORIGINAL] = text;
    return data;
  }

  function captionsToFile(data) {
    var photos = (data.photos || []).filter(function (item) { return item && item.photo && item.caption; });
    var original = data[ORIGINAL];
    if (original !== undefined && same(captionsFromFile(original).photos, photos)) return original;
    var comments = original === undefined ? [] : original.split("\n").filter(function (line) {
      return line.trim().charAt(0) === "#";
    });
    var lines = photos.map(function (item) {
      // The file name only: an uploaded photo is in the album's own folder.
      var name = String(item.photo).split("/").pop();
      return name + ": " + String(item.caption).replace(/\s*\n\s*/g, " ").trim();
    });
    var all = comments.concat(lines);
    return all.length ? all.join("\n") + "\n" : "";
  }

  window.CMS.registerCustomFormat("pelican-captions", "txt", { fromFile: captionsFromFile, toFile: captionsToFile });
})();
