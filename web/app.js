// Review page: submit a document, show ranked findings beside the highlighted text, export them.
'use strict';

const SEVERITY_NAMES = { HIGH: '高', MEDIUM: '中', LOW: '低', INFO: '提示' };
const CATEGORY_NAMES = {
  TOTAL_MISMATCH: '合计不符', CROSS_TABLE_MISMATCH: '跨表不一致', NARRATIVE_MISMATCH: '说明与表格不符',
  PERCENT_MISMATCH: '百分比不符', PERCENT_SUM: '占比合计', GROWTH_MISMATCH: '增减幅度不符', THREE_PUBLIC: '三公经费',
  PERFORMANCE: '绩效', COUNT_MISMATCH: '数量不符', COMPLETENESS: '完整性', POLICY: '政策', ROUNDING: '尾差', READING: '读取'
};
const KIND_NAMES = { BUDGET: '预算', FINAL_ACCOUNT: '决算', UNKNOWN: '未识别' };

const $ = (id) => document.getElementById(id);
const state = { file: null, report: null };

function el(tag, attrs, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (k === 'class') e.className = v; else if (k === 'text') e.textContent = v; else e.setAttribute(k, v);
  }
  for (const c of children) e.append(c);
  return e;
}

function showError(message) {
  const box = $('error');
  box.textContent = message;
  box.hidden = !message;
}

// ---- input -------------------------------------------------------------------------------

function chooseFile(file) {
  state.file = file || null;
  $('chosen').textContent = file ? `已选择：${file.name}（${Math.ceil(file.size / 1024)} KB）` : '';
}

function wireInput() {
  const drop = $('drop');
  $('file').addEventListener('change', (e) => chooseFile(e.target.files[0]));
  drop.addEventListener('click', (e) => { if (e.target.tagName !== 'LABEL' && e.target.tagName !== 'INPUT') $('file').click(); });
  drop.addEventListener('keydown', (e) => { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); $('file').click(); } });
  drop.addEventListener('dragover', (e) => { e.preventDefault(); drop.classList.add('over'); });
  drop.addEventListener('dragleave', () => drop.classList.remove('over'));
  drop.addEventListener('drop', (e) => {
    e.preventDefault();
    drop.classList.remove('over');
    if (e.dataTransfer.files.length) chooseFile(e.dataTransfer.files[0]);
  });
  $('input').addEventListener('submit', (e) => { e.preventDefault(); runAudit(); });
}

async function runAudit() {
  showError('');
  const pasted = $('paste').value;
  let body;
  let name;
  if (state.file) {
    body = new FormData();
    body.append('file', state.file, state.file.name);
    name = state.file.name;
  } else if (pasted.trim()) {
    body = new Blob([pasted], { type: 'text/plain;charset=utf-8' });
    name = '粘贴的文本';
  } else {
    showError('请先选择文件或粘贴文本。');
    return;
  }
  $('run').disabled = true;
  $('status').textContent = '审核中……';
  try {
    const url = '/api/audit?includeText=true' + (state.file ? '' : '&name=' + encodeURIComponent(name));
    const res = await fetch(url, { method: 'POST', body });
    const data = await res.json().catch(() => null);
    if (!res.ok) {
      const msg = data && data.error ? `${data.error.message}（${data.error.code}）` : `请求失败：HTTP ${res.status}`;
      throw new Error(msg);
    }
    state.report = data;
    render(data);
    $('status').textContent = `完成：${data.findings.length} 项发现`;
  } catch (err) {
    $('status').textContent = '';
    showError(err.message || String(err));
  } finally {
    $('run').disabled = false;
  }
}

// ---- result ------------------------------------------------------------------------------

function render(report) {
  $('result').hidden = false;
  const d = report.document;
  const counts = { HIGH: 0, MEDIUM: 0, LOW: 0, INFO: 0 };
  report.findings.forEach((f) => { counts[f.severity] += 1; });
  const summary = $('summary');
  summary.replaceChildren(
    el('div', { text: `单位：${d.unit || '未识别'}　年度：${d.year || '未识别'}　类型：${KIND_NAMES[d.kind] || d.kind}　表格：${d.tables.length} 张　格式：${d.format}` }),
    el('div', { class: 'counts' }, ...Object.keys(counts).map((s) => el('span', { class: 'count-' + s, text: `${SEVERITY_NAMES[s]} ${counts[s]}` }))));
  if (report.parseProblems.length) summary.append(el('div', { class: 'hint', text: `解析提示 ${report.parseProblems.length} 条（如列对齐不确定），相关发现已降级。` }));
  if (report.ruleErrors && Object.keys(report.ruleErrors).length) {
    summary.append(el('div', { class: 'error', text: '以下规则执行出错，其发现已略去：' + Object.keys(report.ruleErrors).join('、') }));
  }
  $('tables').replaceChildren(...d.tables.map((t) => {
    const li = el('li', {}, el('a', { href: '#', text: `${t.title}` }), ` ${t.number || ''}（${t.familyName}，${t.page ? '第 ' + t.page + ' 页，' : ''}第 ${t.line} 行）`);
    li.querySelector('a').addEventListener('click', (e) => { e.preventDefault(); highlight([{ line: t.line, endLine: t.line }]); });
    return li;
  }));
  const categories = [...new Set(report.findings.map((f) => f.category))];
  $('category').replaceChildren(el('option', { value: '', text: '全部' }),
    ...categories.map((c) => el('option', { value: c, text: CATEGORY_NAMES[c] || c })));
  renderDocument(report);
  renderFindings();
}

function renderDocument(report) {
  $('doc-name').textContent = report.source;
  const lines = report.text || [];
  const frag = document.createDocumentFragment();
  lines.forEach((text, i) => frag.append(el('span', { class: 'ln', id: 'L' + (i + 1), 'data-n': String(i + 1), text: text + '\n' })));
  $('doc').replaceChildren(frag);
}

function visibleFindings() {
  const severities = new Set([...document.querySelectorAll('.sev:checked')].map((c) => c.value));
  const category = $('category').value;
  return state.report.findings.filter((f) => severities.has(f.severity) && (!category || f.category === category));
}

function renderFindings() {
  const shown = visibleFindings();
  $('shown').textContent = `显示 ${shown.length} / ${state.report.findings.length} 项（按严重度、差异大小、原文顺序排序）`;
  $('findings').replaceChildren(...shown.map((f) => {
    const lines = f.evidence.map((e) => (e.page ? `第${e.page}页 ` : '') + (e.endLine > e.line ? `${e.line}-${e.endLine}` : `${e.line}`)).join('、');
    const item = el('li', { class: 'finding ' + f.severity, tabindex: '0', 'data-rule': f.ruleId, 'aria-label': `第 ${f.rank} 项 ${f.title}` },
      el('div', { class: 'title' }, el('span', { class: 'badge ' + f.severity, text: SEVERITY_NAMES[f.severity] }), `#${f.rank} ${f.title}`),
      el('div', { class: 'message', text: f.message }),
      el('div', { class: 'values', text: (f.actual || f.expected) ? `列示：${f.actual || '—'}　应为：${f.expected || '—'}` : '' }),
      el('div', { class: 'meta', text: `${f.ruleId} · ${CATEGORY_NAMES[f.category] || f.category} · 第 ${lines} 行` }));
    const select = () => {
      document.querySelectorAll('.finding.selected').forEach((n) => n.classList.remove('selected'));
      item.classList.add('selected');
      highlight(f.evidence);
    };
    item.addEventListener('click', select);
    item.addEventListener('keydown', (e) => {
      if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); select(); }
      if (e.key === 'ArrowDown' && item.nextElementSibling) { e.preventDefault(); item.nextElementSibling.focus(); }
      if (e.key === 'ArrowUp' && item.previousElementSibling) { e.preventDefault(); item.previousElementSibling.focus(); }
    });
    return item;
  }));
}

function highlight(evidence) {
  document.querySelectorAll('.ln.hl').forEach((n) => n.classList.remove('hl', 'hl-first'));
  let first = null;
  for (const e of evidence) {
    for (let n = e.line; n <= e.endLine; n++) {
      const line = $('L' + n);
      if (!line) continue;
      line.classList.add('hl');
      if (!first) { first = line; line.classList.add('hl-first'); }
    }
  }
  if (first) {
    const doc = $('doc');
    doc.scrollTop = first.offsetTop - doc.offsetTop - doc.clientHeight / 3;
  }
}

// ---- export ------------------------------------------------------------------------------

function download(name, type, content) {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const a = el('a', { href: url, download: name });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

function csvCell(v) {
  const s = v == null ? '' : String(v);
  return /[",\n]/.test(s) ? '"' + s.replace(/"/g, '""') + '"' : s;
}

function toCsv(findings) {
  const head = ['排名', '规则', '严重度', '类别', '标题', '说明', '列示', '应为', '行号'];
  const rows = findings.map((f) => [f.rank, f.ruleId, f.severity, f.category, f.title, f.message, f.actual, f.expected,
    f.evidence.map((e) => (e.endLine > e.line ? `${e.line}-${e.endLine}` : e.line)).join(' ')]);
  return '\ufeff' + [head, ...rows].map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

function wireResult() {
  document.querySelectorAll('.sev').forEach((c) => c.addEventListener('change', renderFindings));
  $('category').addEventListener('change', renderFindings);
  $('export-json').addEventListener('click', () => {
    const { text, ...report } = state.report;
    download('审核结果.json', 'application/json', JSON.stringify(report, null, 2));
  });
  $('export-csv').addEventListener('click', () => download('审核结果.csv', 'text/csv;charset=utf-8', toCsv(visibleFindings())));
}

// ---- rules view --------------------------------------------------------------------------

async function loadRules(message) {
  try {
    const res = await fetch('/api/rules');
    const data = await res.json();
    $('rules-caption').textContent = `规则库版本 ${data.version}，共 ${data.count} 条，构建于 ${new Date(data.builtAt).toLocaleString('zh-CN')}，目录 ${data.directory}`;
    $('rules').replaceChildren(...data.rules.map((r) => el('tr', {},
      el('td', { text: r.id }), el('td', {}, el('span', { class: 'badge ' + r.severity, text: SEVERITY_NAMES[r.severity] || r.severity })),
      el('td', { text: CATEGORY_NAMES[r.category] || r.category }), el('td', { text: r.title }), el('td', { text: r.file }))));
    const errors = data.lastBuildErrors || [];
    $('rule-errors').hidden = errors.length === 0;
    $('rule-errors').textContent = errors.length
      ? `最近一次构建失败（${new Date(data.lastFailureAt).toLocaleString('zh-CN')}），仍在使用上一版规则：\n` +
        errors.map((e) => `${e.file}${e.line ? ':' + e.line : ''}  ${e.message}`).join('\n')
      : '';
    const unlisted = data.catalogProblems || [];
    $('rule-catalog').hidden = unlisted.length === 0;
    $('rule-catalog').textContent = unlisted.length ? '规则与 CATALOG.md 不一致：\n' + unlisted.join('\n') : '';
    $('rules-status').textContent = message || '';
  } catch (err) {
    $('rules-status').textContent = '无法读取规则：' + err.message;
  }
}

async function reloadRules() {
  $('reload').disabled = true;
  $('rules-status').textContent = '重新加载中……';
  try {
    const res = await fetch('/api/rules/reload', { method: 'POST' });
    const data = await res.json();
    const msg = res.ok ? `已重新加载（版本 ${data.version}）` : (data.error ? data.error.message : '构建失败，继续使用上一版规则');
    await loadRules(msg);
  } finally {
    $('reload').disabled = false;
  }
}

function switchView(rules) {
  $('view-audit').hidden = rules;
  $('view-rules').hidden = !rules;
  $('tab-audit').classList.toggle('active', !rules);
  $('tab-rules').classList.toggle('active', rules);
  $('tab-audit').setAttribute('aria-pressed', String(!rules));
  $('tab-rules').setAttribute('aria-pressed', String(rules));
  if (rules) loadRules();
}

document.addEventListener('DOMContentLoaded', () => {
  wireInput();
  wireResult();
  $('tab-audit').addEventListener('click', () => switchView(false));
  $('tab-rules').addEventListener('click', () => switchView(true));
  $('reload').addEventListener('click', reloadRules);
});
