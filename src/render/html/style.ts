/**
 * The stylesheet of the HTML report and the web app (one source, inlined in the report, served
 * as /assets/app.css by the web app). Mobile first: one column down to 360 px; from 1100 px the
 * articles sit in a sticky panel beside the analysis so a selection shows at once. Meaning is
 * never carried by colour alone: every coloured state also has a symbol or word (✓, ★, —, ≠,
 * lettered versions with distinct underline styles). Print: no chrome, articles in full.
 */
export const CSS = `
:root { --fg:#1b1f24; --muted:#57606a; --bg:#fff; --soft:#f6f8fa; --line:#d0d7de; --accent:#0b57d0;
  --ok-bg:#e3f4e6; --ok:#116329; --ex-bg:#fff1c2; --ex:#7a4d00; --no-bg:#fde8e8; --no:#a4161a;
  --hl:#ffd43b; --v0:#74a9ff; --v1:#ff8f87; --v2:#6fcf86; --v3:#c39bff; }
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body { margin: 0; font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif; color: var(--fg); background: var(--bg); overflow-wrap: anywhere; }
a { color: var(--accent); }
:focus-visible { outline: 3px solid var(--accent); outline-offset: 2px; }
.vh { position: absolute !important; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); clip-path: inset(50%); white-space: nowrap; }
.muted, .empty { color: var(--muted); }
.skip { position: absolute; left: -999px; top: 0; background: var(--bg); padding: .5rem; }
.skip:focus { left: .5rem; z-index: 10; }
.site { display: flex; flex-wrap: wrap; gap: .25rem 1rem; align-items: center; padding: .5rem 1rem; border-bottom: 1px solid var(--line); background: var(--soft); }
.site .brand { font-weight: 700; text-decoration: none; color: var(--fg); }
.site nav { display: flex; gap: 1rem; flex-wrap: wrap; }
.site nav a[aria-current="page"] { font-weight: 700; text-decoration: underline 3px; }
main { padding: 0 1rem 5rem; max-width: 110rem; margin: 0 auto; }
h1 { font-size: 1.6rem; line-height: 1.25; margin: .25rem 0 .5rem; }
h2 { font-size: 1.3rem; margin: 2rem 0 .5rem; padding-top: .5rem; border-top: 2px solid var(--fg); }
h3 { font-size: 1.05rem; margin: 1rem 0 .4rem; }
.count { display: inline-block; min-width: 1.6em; padding: 0 .4em; border-radius: 1em; background: var(--soft); border: 1px solid var(--line); font-size: .85rem; text-align: center; vertical-align: middle; }
.story-head { padding-top: 1rem; }
.kicker { margin: 0; text-transform: uppercase; letter-spacing: .08em; font-size: .8rem; color: var(--muted); }
.stats, .note { margin: .25rem 0; color: var(--muted); }
.toc { display: flex; flex-wrap: wrap; gap: .25rem .9rem; margin: .5rem 0; }
.legend { color: var(--muted); font-size: .9rem; margin: .25rem 0 .75rem; }
.warnings { border: 2px solid var(--ex); background: var(--ex-bg); padding: .25rem 1rem; margin-top: 1rem; border-radius: 6px; }
.warnings h2 { border: 0; margin: .5rem 0 0; font-size: 1.05rem; }
.chips { margin: .25rem 0; display: flex; flex-wrap: wrap; gap: .3rem; }
.chips .n { font-size: .75rem; color: var(--muted); }
.more-chips { display: inline; }
.more-chips summary { display: inline-block; margin: 0; padding: .05rem .55rem; border: 1px solid var(--fg); border-radius: 1rem; font-size: .85rem; font-weight: 600; list-style: none; }
.more-chips summary::-webkit-details-marker { display: none; }
.more-chips[open] summary { margin-right: .3rem; }
.chip { display: inline-block; padding: .05rem .55rem; border: 1px solid var(--line); border-radius: 1rem; background: var(--soft); font-size: .85rem; color: var(--fg); text-decoration: none; max-width: 100%; overflow-wrap: anywhere; vertical-align: middle; }
a.chip:hover { border-color: var(--accent); }
.summary { padding-left: 1.4rem; }
.summary li { margin-bottom: .6rem; }
.summary p { margin: 0; }
.support-count { font-size: .8rem; color: var(--muted); }
.cards { display: grid; gap: 1rem; grid-template-columns: repeat(auto-fill, minmax(min(100%, 26rem), 1fr)); }
.card { border: 1px solid var(--line); border-radius: 8px; padding: .6rem .9rem; background: var(--bg); }
.card-head { display: flex; flex-wrap: wrap; align-items: center; gap: .4rem .75rem; }
.card-head h3 { margin: 0; flex: 1 1 10rem; }
.card-head .sub { color: var(--muted); font-size: .85rem; }
.badge { font-size: .8rem; padding: .1rem .5rem; border-radius: 4px; border: 1px solid var(--fg); text-transform: uppercase; letter-spacing: .04em; }
button { font: inherit; }
button.sel { cursor: pointer; border: 1px solid var(--line); background: var(--bg); color: var(--fg); border-radius: 6px; padding: .2rem .55rem; text-align: left; }
button.sel:hover { border-color: var(--accent); background: #eef4ff; }
button.sel[aria-pressed="true"] { border: 2px solid var(--fg); background: var(--hl); color: var(--fg); }
button.val[aria-pressed="true"], button.sel-all[aria-pressed="true"] { background: var(--fg); color: #fff; border-color: var(--fg); }
button.sel[aria-pressed="true"]::before { content: "▶ "; }
button.sel-all { font-size: .85rem; }
button.fact, button.ent { border-color: transparent; padding: .1rem .3rem; }
button.fact { display: block; width: 100%; }
button.qtext { border-color: transparent; font-style: italic; display: block; padding: .2rem .4rem; }
.versions, .qversions { list-style: none; padding: 0; margin: .5rem 0 0; }
.version, .qversions > li { border-top: 1px solid var(--line); padding: .5rem 0; }
.vhead { display: flex; flex-wrap: wrap; align-items: center; gap: .4rem; }
.vhead .val { font-weight: 700; }
.norm { font-family: ui-monospace, SFMono-Regular, Menlo, monospace; font-size: .85rem; color: var(--muted); }
.swatch { display: inline-block; width: 1.6rem; text-align: center; font-weight: 700; border-radius: 4px; border: 1px solid var(--fg); }
.tag { font-size: .8rem; padding: 0 .45rem; border-radius: 4px; border: 1px solid var(--line); background: var(--soft); }
.tag-outlier { border-color: var(--no); color: var(--no); background: var(--no-bg); font-weight: 600; }
.tag-diff { border-color: var(--ex); color: var(--ex); background: var(--ex-bg); }
.tag-same { border-color: var(--ok); color: var(--ok); background: var(--ok-bg); }
.evidence { margin: .25rem 0 0; padding-left: 1rem; font-size: .92rem; }
.evidence li { margin: .2rem 0; }
.evidence .src { font-weight: 600; }
mark { background: var(--hl); color: inherit; padding: 0 .1em; border-bottom: 2px solid var(--fg); }
blockquote { margin: .3rem 0 0; }
ins { text-decoration: underline 2px; text-underline-offset: 2px; background: var(--ok-bg); color: var(--ok); font-style: normal; }
del { text-decoration: line-through 2px; background: var(--no-bg); color: var(--no); font-style: normal; }
.scroll { overflow-x: auto; max-width: 100%; position: relative; }
table { border-collapse: collapse; font-size: .92rem; }
th, td { border: 1px solid var(--line); padding: .3rem .45rem; vertical-align: top; overflow-wrap: normal; text-align: left; }
.grid tbody th { min-width: 9rem; }
thead th { background: var(--soft); text-align: left; position: sticky; top: 0; }
.matrix { min-width: 100%; }
.matrix tbody th { font-weight: 400; min-width: 16rem; max-width: 36rem; }
.exclusives { list-style: none; padding: 0; margin: 0; }
.exclusives > li { border-left: 4px dashed var(--ex); padding: .1rem 0 .1rem .7rem; margin: .6rem 0; }
.exclusives h4 { margin: 0 0 .2rem; font-size: .95rem; display: flex; flex-wrap: wrap; gap: .4rem; align-items: center; }
.exclusives ul { margin: 0; padding-left: 1.1rem; }
.exclusives ul li { margin: .15rem 0; }
.matrix td { text-align: center; white-space: nowrap; }
.matrix td.status { text-align: left; }
.st { font-size: .8rem; font-weight: 600; padding: .05rem .4rem; border-radius: 4px; white-space: nowrap; }
.st-consensus { background: var(--ok-bg); color: var(--ok); border: 1px solid var(--ok); }
.st-exclusive { background: var(--ex-bg); color: var(--ex); border: 1px solid var(--ex); }
.st-partial { background: var(--soft); border: 1px solid var(--line); }
.row-consensus th { border-left: 4px solid var(--ok); }
.row-exclusive th { border-left: 4px dashed var(--ex); }
.c-yes { color: var(--ok); font-weight: 700; }
.row-consensus .c-yes { background: var(--ok-bg); }
.c-excl { background: var(--ex-bg); color: var(--ex); }
.c-no { color: var(--muted); }
.c-omit { background: var(--no-bg); color: var(--no); font-weight: 600; font-size: .85rem; }
tfoot td, tfoot th { font-size: .85rem; color: var(--muted); text-align: center; }
.grid td { min-width: 7rem; }
.variant { font-weight: 700; color: var(--no); }
.own { font-style: italic; color: var(--muted); }
.own-tag { font-size: .8em; color: var(--muted); white-space: nowrap; }
.same { color: var(--muted); font-weight: 700; }
.names td[data-c], .names td.gsum { text-align: center; }
.label.loaded { font-weight: 700; font-style: italic; }
.etype { font-size: .75rem; color: var(--muted); }
.label { display: inline-block; font-style: italic; }
details summary { cursor: pointer; margin: .5rem 0; }
.tl-wrap { border: 1px solid var(--line); border-radius: 8px; background: var(--soft); }
.tl-svg { display: block; }
.tl-axis { stroke: var(--fg); stroke-width: 2; }
.tl-day { fill: var(--fg); }
.tl-month { fill: var(--bg); stroke: var(--fg); stroke-width: 2.5; }
.tl-dot { fill: var(--fg); }
.tl-year { fill: var(--bg); stroke: var(--fg); stroke-width: 2.5; }
.tl-gapbg { fill: var(--soft); }
.tl-break { stroke: var(--fg); stroke-width: 2; }
.tl-gap { font-size: 11px; text-anchor: middle; fill: var(--muted); }
.tl-date { font-size: 13px; text-anchor: middle; fill: var(--fg); font-weight: 600; }
.tl-num { fill: var(--accent); }
.tl-numtext { font-size: 12px; text-anchor: middle; fill: #fff; font-weight: 700; }
.tl-list { list-style: none; padding: 0; }
.tl-list li { display: flex; gap: .6rem; margin: .5rem 0; }
.tl-list p { margin: 0; }
.tl-n { flex: none; width: 1.6rem; height: 1.6rem; border-radius: 50%; background: var(--accent); color: #fff; font-weight: 700; font-size: .85rem; display: inline-flex; align-items: center; justify-content: center; }
.prec { color: var(--muted); font-size: .85rem; }
.cols { position: relative; display: flex; gap: .75rem; overflow-x: auto; scroll-snap-type: x proximity; padding-bottom: .5rem; }
.col { flex: 0 0 min(85vw, 21rem); scroll-snap-align: start; border: 1px solid var(--line); border-radius: 8px; display: flex; flex-direction: column; background: var(--bg); }
.col.has-hl { border: 2px solid var(--fg); }
.cols .col-single { flex: 1 1 auto; max-width: 46rem; }
.col header { padding: .5rem .7rem; border-bottom: 1px solid var(--line); background: var(--soft); border-radius: 8px 8px 0 0; }
.col h3 { margin: 0; }
.col .chip { font-size: .95rem; font-weight: 700; background: var(--bg); }
.atitle { margin: .3rem 0 0; font-weight: 600; font-size: .95rem; line-height: 1.3; }
.ameta { margin: .2rem 0 0; font-size: .8rem; color: var(--muted); }
.atext { white-space: pre-wrap; padding: .6rem .7rem; font-size: .93rem; max-height: 70vh; overflow-y: auto; position: relative; font-family: Georgia, "Times New Roman", serif; line-height: 1.55; }
.s.hl { background: var(--hl); color: var(--fg); outline: 2px solid var(--fg); text-decoration: underline 2px; text-underline-offset: 3px; }
.s.hv0 { background: var(--v0); text-decoration: underline solid 3px; }
.s.hv1 { background: var(--v1); text-decoration: underline double 3px; }
.s.hv2 { background: var(--v2); text-decoration: underline dotted 3px; }
.s.hv3 { background: var(--v3); text-decoration: underline dashed 3px; }
.version.outlier .swatch { outline: 2px solid var(--no); }
.swatch.hv0 { background: var(--v0); } .swatch.hv1 { background: var(--v1); } .swatch.hv2 { background: var(--v2); } .swatch.hv3 { background: var(--v3); }
.selbar { position: fixed; left: 0; right: 0; bottom: 0; z-index: 5; display: flex; flex-wrap: wrap; align-items: center; gap: .4rem 1rem; padding: .5rem 1rem; background: var(--fg); color: #fff; }
.selbar:not(.on) { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); clip-path: inset(50%); padding: 0; }
.selbar p { margin: 0; flex: 1 1 14rem; }
.selbar a { color: #fff; }
.selbar button { background: #fff; color: var(--fg); border: 0; border-radius: 6px; padding: .25rem .8rem; cursor: pointer; }
.selbar :focus-visible { outline-color: var(--hl); }
/* outlet tables: narrow columns with upright-reading vertical names, groups that fold, a filter */
.otools { display: flex; flex-wrap: wrap; gap: .3rem 1rem; align-items: center; margin: .25rem 0 .5rem; font-size: .9rem; }
.ofilter-l { display: inline-flex; gap: .4rem; align-items: center; margin: 0; white-space: nowrap; }
.ofilter-l[hidden] { display: none; }
input.ofilter { width: 12rem; max-width: 100%; padding: .2rem .4rem; }
.gby a, .gby strong { white-space: nowrap; }
.otable thead th.oc { vertical-align: bottom; padding: .3rem .2rem; text-align: center; }
/* A long name wraps into a second line of the narrow column rather than being cut. */
.otable .ol { writing-mode: vertical-rl; transform: rotate(180deg); display: inline-block; max-height: 12rem; font-weight: 600; font-size: .85rem; line-height: 1.15; }
.otable td[data-c], .otable td.gsum { padding: .3rem .25rem; }
.otable .fcol { vertical-align: bottom; }
.grow th.gh, .grow td { border-bottom: 0; text-align: center; font-size: .8rem; font-weight: 400; }
.gl { white-space: nowrap; }
button.gtoggle { border: 1px solid var(--fg); background: var(--soft); color: var(--fg); border-radius: 4px; padding: .05rem .35rem; cursor: pointer; font-size: .8rem; max-width: 14rem; }
/* Folded, a group is one narrow column: its name reads down the summary column's header instead. */
button.gtoggle[aria-expanded="false"] .gname { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); clip-path: inset(50%); white-space: nowrap; }
button.gtoggle .gname { margin-right: .25rem; }
.matrix td.status { white-space: normal; min-width: 6.5rem; }
.matrix td.status .st { display: inline-block; margin-bottom: .1rem; }
button.gtoggle .gi::before { content: "▸ "; }
button.gtoggle[aria-expanded="true"] .gi::before { content: "▾ "; }
button.gtoggle .n { font-weight: 700; }
td.gsum, th.gsum { background: var(--soft); }
.matrix tbody th { min-width: min(16rem, 55vw); }
.names td[data-c], .names td.gsum { min-width: 2.25rem; max-width: 8rem; font-size: .85rem; }
.labels td[data-c], .labels td.gsum { min-width: 5rem; max-width: 11rem; font-size: .85rem; }
.fold-p { margin: .25rem 0; }
#fold-articles { display: none; }
@media (min-width: 1100px) {
  #fold-articles:not([hidden]) { display: inline-block; }
  .layout.folded ~ .selbar .sel-jump:not([hidden]) { display: inline; }
}
@media (max-width: 640px) {
  .stories thead { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); clip-path: inset(50%); }
  .stories, .stories tbody, .stories tr, .stories th, .stories td { display: block; width: auto; }
  .stories tr { border: 1px solid var(--line); border-radius: 8px; padding: .5rem .75rem; margin: 0 0 .75rem; }
  .stories th, .stories td { border: 0; padding: .1rem 0; white-space: normal !important; }
  .stories td[data-label]::before { content: attr(data-label) ": "; font-weight: 600; color: var(--muted); }
}
@media (min-width: 1100px) {
  .layout { display: grid; grid-template-columns: minmax(0, 1fr) minmax(0, 1.05fr); gap: 1.5rem; align-items: start; }
  .panel { position: sticky; top: 0; max-height: 100vh; overflow: hidden; display: flex; flex-direction: column; }
  .panel .articles { display: flex; flex-direction: column; min-height: 0; max-height: 100vh; }
  .panel .cols { flex: 1 1 auto; min-height: 0; }
  .col { flex-basis: 19rem; max-height: calc(100vh - 8rem); }
  .atext { max-height: none; flex: 1 1 auto; min-height: 0; }
  .selbar .sel-jump { display: none; }
  .layout.folded { display: block; }
  .layout.folded .panel { position: static; max-height: none; overflow: visible; display: block; }
  .layout.folded .panel .articles { display: block; max-height: none; }
  .layout.folded .col { max-height: none; }
  .layout.folded .atext { max-height: 70vh; }
}
/* forms and lists (web app) */
.stories { width: 100%; }
.stories td:nth-child(3), .stories td:nth-child(4) { white-space: nowrap; }
form.search { display: flex; gap: .5rem; flex-wrap: wrap; margin: 1rem 0; max-width: 48rem; }
form.search input { flex: 1 1 14rem; width: auto; }
main > h1 { margin-top: 1.25rem; }
.crumbs { margin: .75rem 0 0; font-size: .9rem; }
input[type="text"], input[type="search"], input[type="url"], textarea { font: inherit; padding: .4rem .5rem; border: 1px solid var(--muted); border-radius: 6px; width: 100%; max-width: 100%; }
textarea { min-height: 9rem; font-family: Georgia, serif; }
label { font-weight: 600; display: block; margin: .5rem 0 .2rem; }
fieldset { border: 1px solid var(--line); border-radius: 8px; margin: 0 0 1rem; padding: .5rem 1rem 1rem; }
legend { font-weight: 700; padding: 0 .3rem; }
.row2 { display: grid; gap: 0 1rem; grid-template-columns: repeat(auto-fit, minmax(min(100%, 14rem), 1fr)); }
#paste-blocks { display: grid; gap: 0 1rem; grid-template-columns: repeat(auto-fill, minmax(min(100%, 28rem), 1fr)); }
.paste-h { border: 0; font-size: 1.05rem; margin: 1rem 0 .5rem; }
.form-actions { display: flex; flex-wrap: wrap; gap: .75rem; align-items: center; }
.drop { border: 2px dashed var(--muted); border-radius: 8px; padding: 1rem; text-align: center; background: var(--soft); margin: 1rem 0; }
.drop.over { border-style: solid; border-color: var(--accent); background: #eef4ff; }
.btn, button[type="submit"] { background: var(--accent); color: #fff; border: 0; border-radius: 6px; padding: .5rem 1.2rem; font-weight: 600; cursor: pointer; }
.btn-secondary { background: var(--bg); color: var(--accent); border: 1px solid var(--accent); border-radius: 6px; padding: .4rem 1rem; cursor: pointer; }
.error-box { border: 2px solid var(--no); background: var(--no-bg); padding: .5rem 1rem; border-radius: 6px; }
.pager { display: flex; gap: 1rem; margin: 1rem 0; }
.annot-keys { display: flex; flex-wrap: wrap; gap: .3rem; }
@media print {
  @page { margin: 1.5cm; }
  body { font-size: 10.5pt; }
  .site, .toc, .selbar, .skip, .crumbs, .articles > .legend, button.sel-all, details summary { display: none !important; }
  main { padding: 0; max-width: none; }
  h2 { break-after: avoid; }
  .card, tr, .tl-list li, .version { break-inside: avoid; }
  .layout, .panel { display: block; position: static; max-height: none; overflow: visible; }
  .scroll { overflow: visible; }
  .cols { display: block; overflow: visible; }
  .col { display: block; max-height: none; margin-bottom: 1rem; break-inside: auto; }
  .atext { max-height: none; overflow: visible; }
  button.sel { border: 0; padding: 0; background: none; font: inherit; text-align: left; }
  button.sel[aria-pressed="true"]::before { content: none; }
  details { display: block; }
  details > * { display: block; }
  a.src-link::after { content: " (" attr(href) ")"; font-size: .8em; }
  thead th { position: static; }
}
`;
