// The web editor's site rules: the preview in the site's own stylesheet, and the file name of
// a new entry made as `make article` makes it (date, then the title in ASCII by the site's
// Serbian letters, which the generated page lists), unless the editor wrote one.
(function () {
  "use strict";
  var CMS = window.CMS;
  CMS.registerPreviewStyle("site.css");

  var table = {};
  var node = document.querySelector('meta[name="pelican-ascii"]');
  (node ? node.getAttribute("content") : "").split(";").forEach(function (pair) {
    if (pair) table[pair.split("=")[0]] = pair.split("=")[1];
  });

  function ascii(text) {
    var out = "";
    String(text).toLowerCase().normalize("NFC").split("").forEach(function (c) { out += table[c] !== undefined ? table[c] : c; });
    out = out.normalize("NFKD").replace(/[\u0300-\u036f]/g, "");
    out = out.replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "");
    if (out.length > 60) out = out.slice(0, 61).replace(/-[^-]*$/, "");
    return out || "untitled";
  }

  CMS.registerEventListener({
    name: "preSave",
    handler: function (event) {
      var entry = event.entry;
      var data = entry.get("data");
      if (!entry.get("newRecord") || data.get("file")) return data;
      var date = data.get("date") ? String(data.get("date")).slice(0, 10) : "";
      var name = ascii(data.get("title") || "");
      return data.set("file", /^\d{4}-\d{2}-\d{2}$/.test(date) && entry.get("collection").indexOf("pages_") !== 0 ? date + "-" + name : name);
    },
  });
})();
