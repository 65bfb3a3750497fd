namespace BudgetModel.Reports;

/// <summary>The report's inline style sheet and script: nothing is fetched when the page is viewed.</summary>
internal static class Assets
{
    /// <summary>The style sheet. Each mark is told by a symbol, a word (visible or for screen readers), a border style
    /// and a background pattern, not by colour alone.</summary>
    internal const string Css = """
:root{--fg:#1b1b1b;--muted:#555;--line:#c8c8c8;--err:#b00020;--warn:#8a5a00;--drift:#1f5fa8;--note:#555}
*{box-sizing:border-box}
body{font-family:"Noto Sans CJK SC","Source Han Sans SC","PingFang SC","Microsoft YaHei",system-ui,sans-serif;color:var(--fg);background:#fff;margin:0;padding:1.5rem 2rem;line-height:1.45}
h1{font-size:1.6rem;margin:0 0 .5rem}h2{font-size:1.3rem;margin:2rem 0 .5rem;border-bottom:2px solid var(--fg)}h3{font-size:1.1rem;margin:1.5rem 0 .3rem}
a{color:#0b4f9c}
.meta{color:var(--muted);margin:.2rem 0 .5rem}
.totals{display:flex;flex-wrap:wrap;gap:.8rem;list-style:none;padding:0}
.totals li{border:1px solid var(--line);padding:.4rem .8rem;border-radius:4px}
.totals b{font-size:1.3rem;margin-right:.3rem}
.scroll{overflow-x:auto;max-width:100%}
table{border-collapse:collapse;font-size:.9rem}
th,td{border:1px solid var(--line);padding:.2rem .45rem;vertical-align:top}
thead th{background:#f0f0f0}
td.amt{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
td.amt.zero .v{color:#999}
td.code{font-family:ui-monospace,monospace;white-space:nowrap}
tbody th{text-align:left;font-weight:normal;min-width:12em}
tr.role-total th,tr.role-total td{font-weight:bold}
tr.role-summary th,tr.role-summary td{background:#fafafa}
.mk{font-weight:bold;margin-left:.25rem}
.ref{font-size:.75rem;margin-left:.15rem;vertical-align:super;text-decoration:none}
.rel{font-size:.75rem;font-weight:normal;white-space:normal;max-width:22rem;text-align:left;margin-top:.15rem}
.m-error{border:2px solid var(--err)!important;background:repeating-linear-gradient(135deg,#fde7ea 0 6px,#f8cdd3 6px 8px)}
.m-error .mk,.m-error .rel{color:var(--err)}
.m-warning{border:2px dashed var(--warn)!important;background:radial-gradient(#f3dca8 1px,#fff6e0 1.5px) 0 0/6px 6px}
.m-warning .mk,.m-warning .rel{color:var(--warn)}
.m-drift{border:2px dotted var(--drift)!important;background:#eef4fc}
.m-drift .mk,.m-drift .rel{color:var(--drift)}
.m-note{border:1px dotted var(--note)!important}
.culprit{outline:4px double #000;outline-offset:-5px}
.culprit-tag{display:block;font-size:.75rem;font-weight:bold;white-space:nowrap}
.sr{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
ol.findings{padding-left:0;list-style:none;font-size:.9rem}
ol.findings li{margin:.35rem 0;padding:.3rem .5rem;border-left-width:6px!important}
ol.findings li:target{box-shadow:0 0 0 3px #0b4f9c}
.badge{font-weight:bold;margin-right:.4rem;white-space:nowrap}
.rule{font-family:ui-monospace,monospace;margin-right:.4rem}
.place{color:var(--muted);margin-left:.4rem}
.relation{display:block;font-size:.85rem}
.legend-list{list-style:none;padding:0;display:flex;flex-wrap:wrap;gap:.6rem}
.legend-list li{padding:.2rem .6rem}
.charts{display:flex;flex-wrap:wrap;gap:1rem}
figure.chart{margin:0;border:1px solid var(--line);padding:.5rem;max-width:100%;overflow-x:auto}
figure.chart svg{max-width:100%;height:auto;font-size:12px}
figure.chart .s0{fill:#3b6ea8}figure.chart .s1{fill:#e3a15a}figure.chart .hatch{stroke:#7a4a12;stroke-width:2}
figure.chart text{fill:#1b1b1b}
figcaption{font-size:.85rem;color:var(--muted)}
.failure{border:2px solid var(--err);padding:.5rem}
th button{font:inherit;font-weight:bold;background:none;border:0;cursor:pointer;padding:0}
th[aria-sort=ascending] button::after{content:" ▲"}th[aria-sort=descending] button::after{content:" ▼"}
@media print{body{padding:0}.scroll{overflow:visible}}
""";

    /// <summary>The script: makes the document list sortable (click a column heading; <c>aria-sort</c> says the order;
    /// a link ending in <c>#sort=N</c> or <c>#sort=N-desc</c> opens the page sorted by column N, from 0) and marks the body
    /// <c>data-ready</c> once it ran. No network, no storage, no console output.</summary>
    internal const string Script = """
(function () {
  'use strict';
  function key(cell) {
    var v = cell.getAttribute('data-sort');
    return v === null ? cell.textContent.trim() : v;
  }
  var tables = document.querySelectorAll('table.sortable');
  Array.prototype.forEach.call(tables, function (table) {
    var heads = table.tHead.rows[0].cells;
    Array.prototype.forEach.call(heads, function (th, index) {
      var button = th.querySelector('button');
      if (!button) { return; }
      button.addEventListener('click', function () {
        var ascending = th.getAttribute('aria-sort') !== 'ascending';
        Array.prototype.forEach.call(heads, function (other) { other.setAttribute('aria-sort', 'none'); });
        th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
        var numeric = th.getAttribute('data-type') === 'number';
        var body = table.tBodies[0];
        var rows = Array.prototype.slice.call(body.rows);
        rows.sort(function (a, b) {
          var x = key(a.cells[index]), y = key(b.cells[index]);
          var r = numeric ? (parseFloat(x) - parseFloat(y)) : x.localeCompare(y, 'zh');
          return ascending ? r : -r;
        });
        rows.forEach(function (row) { body.appendChild(row); });
      });
    });
  });
  // A link may ask for an order: #sort=4 sorts the document list by its fifth column, #sort=4-desc the other way.
  var wanted = /^#sort=(\d+)(-desc)?$/.exec(window.location.hash);
  var list = document.getElementById('documents');
  if (wanted && list) {
    var th = list.tHead.rows[0].cells[Number(wanted[1])];
    var button = th ? th.querySelector('button') : null;
    if (button) {
      button.click();
      if (wanted[2]) { button.click(); }
    }
  }
  document.body.setAttribute('data-ready', String(document.querySelectorAll('[data-findings]').length));
})();
""";
}
