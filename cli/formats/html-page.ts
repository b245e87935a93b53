// The report page's fixed parts: its style sheet, and the one small script (a search box). Both are
// allowed by their hashes in the page's Content-Security-Policy, which forbids everything else, so the
// page loads nothing from any network and no injected script could run. Filtering by rule and severity is
// CSS on anchors (`:target`, `:has`), so it works with scripts disabled.

import { RULE_COLOURS, SEVERITY_COLOURS } from './svg-charts.ts';

// Colours are classes, not style attributes: the policy allows the style sheet by its hash, and nothing else.
const SWATCHES =
  Object.entries(SEVERITY_COLOURS)
    .map(([level, colour]) => `.swatch.${level}{background:${colour}}`)
    .join('') + RULE_COLOURS.map((colour, i) => `.swatch.c${i}{background:${colour}}`).join('');

export const PAGE_STYLE = `${SWATCHES}
.handling{border-left:4px solid #b06000;background:#fef7e0;padding:6px 10px;max-width:60em}
body{font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0 auto;max-width:1100px;padding:0 16px 48px;color:#202124}
h1{font-size:1.6em;margin:24px 0 8px}h2{font-size:1.2em;margin:0;display:inline}h2 small{font-weight:normal;color:#5f6368}
section{margin:28px 0}section>h2{display:block;margin-bottom:8px}
.facts{display:grid;grid-template-columns:max-content 1fr;gap:4px 16px;margin:0}.facts dt{font-weight:600}.facts dd{margin:0}
table{border-collapse:collapse;width:100%}th,td{text-align:left;padding:6px 8px;border-bottom:1px solid #e0e0e0;vertical-align:top}
.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}.swatch{display:inline-block;width:10px;height:10px;margin-right:4px;border-radius:2px}
.legend{list-style:none;padding:0;display:flex;flex-wrap:wrap;gap:4px 16px;font-size:.9em}
.filters{margin:16px 0;padding:8px 12px;background:#f1f3f4;border-radius:8px}.filters input{margin-left:12px;padding:4px 8px;min-width:260px}
.finding{border-left:4px solid #dadce0;padding:4px 12px;margin:12px 0}.finding.error{border-color:#c5221f}.finding.warning{border-color:#b06000}
.finding.info{border-color:#1a73e8}.finding.audit{border-color:#7b1fa2}.finding .meta{color:#5f6368;margin:0;font-size:.9em}
.finding .subject{font-weight:600;margin:2px 0}.findings{margin:4px 0;padding-left:18px}.evidence{color:#3c4043;font-size:.9em}
.level{font-size:.75em;text-transform:uppercase;letter-spacing:.04em;font-weight:700}.error>.level{color:#c5221f}.warning>.level{color:#b06000}
.info>.level{color:#1a73e8}.audit>.level{color:#7b1fa2}blockquote{margin:8px 0;color:#3c4043}summary{cursor:pointer}
.more{font-style:italic}.target{position:absolute}
main:has(>section.rule:target)>section:not(:target){display:none}
body:has(#only-error:target) .finding:not(.error),body:has(#only-warning:target) .finding:not(.warning),
body:has(#only-info:target) .finding:not(.info),body:has(#only-audit:target) .finding:not(.audit){display:none}
body:has(#only-error:target) section.rule:not(:has(.finding.error)),body:has(#only-warning:target) section.rule:not(:has(.finding.warning)),
body:has(#only-info:target) section.rule:not(:has(.finding.info)),body:has(#only-audit:target) section.rule:not(:has(.finding.audit)){display:none}
@media print{.filters{display:none}}
`;

export const SEARCH_SCRIPT = `(function(){var box=document.getElementById('search');if(!box)return;box.hidden=false;box.addEventListener('input',function(){var q=box.value.toLowerCase();var items=document.querySelectorAll('.finding');for(var i=0;i<items.length;i++){items[i].hidden=q!==''&&items[i].textContent.toLowerCase().indexOf(q)<0;}});})();`;
