/** The report's stylesheet (inlined: the report is one file with no external assets). */
import { KINDS } from './kinds.js';

/** One rule per kind, from the kinds table: the colors live there only. */
const kindVars = KINDS.map((k) => `.k-${k.kind}{--bg:${k.bg};--fg:${k.fg};--edge:${k.edge}}`).join('\n');

const base = `
:root{color-scheme:light;--ink:#1f2328;--muted:#57606a;--line:#d8dee4;--paper:#fff;--desk:#f3f1ec}
*{box-sizing:border-box}
body{margin:0;background:var(--desk);color:var(--ink);font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif}
a{color:#0b57d0}
.skip{position:absolute;left:-999px}.skip:focus{left:1rem;top:1rem;z-index:50;background:#fff;padding:.4rem .7rem;border:2px solid #0b57d0}
body>header{padding:1.2rem 2rem .4rem;max-width:84rem;margin:0 auto}
body>header h1{font-size:1.3rem;margin:0}
body>header p{margin:.2rem 0 0;color:var(--muted)}
main{max-width:84rem;margin:0 auto;padding:0 2rem 3rem}
.report{background:var(--paper);border:1px solid var(--line);border-radius:10px;margin:1.2rem 0;padding:1.4rem 1.8rem 1.8rem}
.report>header h2{margin:0;font-size:1.25rem;word-break:break-all}
.meta{color:var(--muted);margin:.25rem 0 .8rem;font-size:.9rem}
.legend{display:flex;flex-wrap:wrap;gap:.35rem .5rem;margin:0 0 1rem;padding:0;list-style:none;font-size:.82rem}
.legend li{display:flex;align-items:center;gap:.35rem}
.chip{background:var(--bg);color:var(--fg);border:1px solid var(--edge);border-radius:999px;padding:.05rem .55rem;white-space:nowrap}
.chip.k-claim{border-style:dashed}
.grid{display:grid;grid-template-columns:minmax(0,46rem) minmax(17rem,26rem);justify-content:space-between;gap:2.5rem;align-items:start}
@media (max-width:60rem){.grid{grid-template-columns:1fr}}
.gap{display:block;height:.7em}
.article{font:1.07rem/1.85 Georgia,"Iowan Old Style","Times New Roman",serif;white-space:pre-line;margin:0;max-width:46rem;overflow-wrap:anywhere}
mark.mk{background:var(--bg);color:var(--fg);border-radius:3px;padding:.05em .1em;position:relative;-webkit-box-decoration-break:clone;box-decoration-break:clone;cursor:help}
mark.k-claim{background:transparent;color:inherit;padding:0;text-decoration:underline 2px var(--edge);text-underline-offset:.32em;text-decoration-skip-ink:none}
mark.k-cue{font-weight:700;box-shadow:inset 0 -2px var(--edge)}
mark.k-deadline{font-weight:700;box-shadow:inset 0 0 0 1.5px var(--edge)}
mark.k-date{box-shadow:inset 0 -2px var(--edge)}
mark.k-quote-statement{box-shadow:inset 0 -1px var(--edge)}
mark.k-quote-title{font-style:italic}
mark.k-quote-scare{box-shadow:inset 0 -1px var(--edge)}
mark[class*="k-actor-"]{font-weight:600}
mark.mk:focus{outline:3px solid #0b57d0;outline-offset:1px}
mark.mk:is(:hover,:focus):not(:has(mark.mk:hover))::after{content:attr(data-tip);position:absolute;left:0;top:calc(100% + .35rem);z-index:30;width:max-content;max-width:min(22rem,80vw);white-space:pre-line;overflow-wrap:anywhere;background:#1f2328;color:#fff;font:500 .8rem/1.45 system-ui,sans-serif;font-style:normal;text-decoration:none;padding:.45rem .65rem;border-radius:6px;box-shadow:0 4px 14px rgba(0,0,0,.25);pointer-events:none}
aside{display:flex;flex-direction:column;gap:1rem;font-size:.9rem;min-width:0}
.panel{border:1px solid var(--line);border-radius:8px;padding:.7rem .9rem;background:#fbfbfa;overflow-wrap:anywhere;min-width:0}
mark.mk,.panel li{unicode-bidi:isolate}
.panel h3{margin:0 0 .4rem;font-size:.8rem;letter-spacing:.06em;text-transform:uppercase;color:#444c56}
.panel h4{margin:.7rem 0 .25rem;font-size:.9rem}
.panel ul,.panel ol{margin:0;padding:0;list-style:none}
.panel li{margin:.3rem 0;padding-left:.1rem}
.n{display:inline-block;min-width:1.4em;text-align:center;background:#e9ecef;color:#333;border-radius:999px;font-size:.75rem;font-weight:600;padding:0 .35em;letter-spacing:0}
.none{color:var(--muted);margin:.2rem 0}
.sw{display:inline-block;width:.7em;height:.7em;border-radius:2px;background:var(--bg);border:1.5px solid var(--edge);margin-right:.4rem}
.role{color:var(--muted)}
.count{color:var(--muted);font-variant-numeric:tabular-nums}
.aliases{color:var(--muted);font-size:.82rem;margin-left:1.15rem}
.timeline li{border-left:3px solid #2b6cb0;padding-left:.6rem}
.timeline li.is-deadline{border-left-color:#c62828}
time{font-weight:700;font-variant-numeric:tabular-nums;margin-right:.3rem}
.vlabel{color:var(--muted);font-size:.84rem;margin-right:.3rem}
.vlabel::before{content:'('}.vlabel::after{content:')'}
.said{color:#333}
.due,.then{color:var(--muted);font-size:.84rem}
.badge{display:inline-block;font-size:.72rem;font-weight:700;border-radius:4px;padding:0 .35rem;margin-right:.35rem;background:#e9ecef;color:#333}
.badge.deadline{background:#fde0e0;color:#6b0f0f}
.badge.quote{background:#e3f4e1;color:#14401c}
.badge.cue{background:#fde7b0;color:#4a2c00}
.via{color:var(--muted);font-size:.84rem}
.ledger q{font-style:italic}
.error{border-color:#c62828}
.error p{color:#6b0f0f}
@media print{mark.mk::after{display:none}.grid{grid-template-columns:1fr}}
`;

export const STYLES = base + kindVars + '\n';
