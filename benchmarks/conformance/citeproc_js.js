// Render items and note sequences with citeproc-js (the CSL reference processor).
// Input (stdin, JSON): {style: path, locale: lang, localesDir: path, items: [...],
//   notes: [[{id, locator, label}], ...]}
// Output (stdout, JSON): {bibliography: {id: text}, notes: [text, ...]}
"use strict";
const fs = require("fs");
const path = require("path");
const CSL = require(process.env.CITEPROC_JS || "citeproc");

const input = JSON.parse(fs.readFileSync(0, "utf8"));
const items = {};
for (const item of input.items) items[item.id] = item;
const sys = {
  retrieveLocale: (lang) => {
    const file = path.join(input.localesDir, `locales-${lang}.xml`);
    return fs.existsSync(file) ? fs.readFileSync(file, "utf8") : false;
  },
  retrieveItem: (id) => items[id],
};
const styleXml = fs.readFileSync(input.style, "utf8");

function engine() {
  const e = new CSL.Engine(sys, styleXml, input.locale, true);
  e.setOutputFormat("text");
  return e;
}

const out = { bibliography: {}, notes: [] };
const bib = engine();
bib.updateItems(input.items.map((i) => i.id));
const made = bib.makeBibliography();
// citeproc-js lists every id in entry_ids but leaves out the text of items the
// style excludes from the bibliography (e.g. personal communications): find
// those by rendering each id alone, then pair the remaining ids with the texts.
function rendersAlone(id) {
  const e = engine();
  e.updateItems([id]);
  const one = e.makeBibliography();
  return Boolean(one && one[1].length && one[1][0].trim());
}
if (made) {
  const [meta, texts] = made;
  const shown = meta.entry_ids.map((ids) => ids[0]).filter(rendersAlone);
  if (shown.length !== texts.length) throw new Error("cannot pair bibliography ids and texts");
  shown.forEach((id, n) => { out.bibliography[id] = texts[n].trim(); });
}

const cit = engine();
const pre = [];
const texts = {};
input.notes.forEach((cites, n) => {
  const citation = {
    citationID: `c${n + 1}`,
    citationItems: cites.map((c) => {
      const ci = { id: c.id };
      if (c.locator) { ci.locator = c.locator; ci.label = c.label || "page"; }
      if (c.prefix) ci.prefix = c.prefix;
      if (c.suffix) ci.suffix = c.suffix;
      return ci;
    }),
    properties: { noteIndex: n + 1 },
  };
  const [, updates] = cit.processCitationCluster(citation, pre, []);
  for (const [, text, id] of updates) texts[id] = text;
  pre.push([citation.citationID, n + 1]);
});
out.notes = input.notes.map((_, n) => texts[`c${n + 1}`] || "");
process.stdout.write(JSON.stringify(out));
