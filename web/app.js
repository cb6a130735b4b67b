// Review page: audit a document, review its ranked findings beside the original (PDF page or
// text), keep verdicts, audit batches, browse the history, manage the rules.
'use strict';

const SEVERITY_NAMES = { HIGH: '高', MEDIUM: '中', LOW: '低', INFO: '提示' };
const CATEGORY_NAMES = {
  TOTAL_MISMATCH: '合计不符', CROSS_TABLE_MISMATCH: '跨表不一致', NARRATIVE_MISMATCH: '说明与表格不符',
  PERCENT_MISMATCH: '百分比不符', PERCENT_SUM: '占比合计', GROWTH_MISMATCH: '增减幅度不符', THREE_PUBLIC: '三公经费',
  PERFORMANCE: '绩效', COUNT_MISMATCH: '数量不符', COMPLETENESS: '完整性', POLICY: '政策', ROUNDING: '尾差', READING: '读取', CROSS_DOCUMENT: '跨文档'
};
const KIND_NAMES = { BUDGET: '预算', FINAL_ACCOUNT: '决算', UNKNOWN: '未识别' };
const VERDICTS = [['CONFIRMED', '确认'], ['DISMISSED', '误报'], ['PENDING', '待定']];
const VERDICT_NAMES = Object.fromEntries(VERDICTS);

const $ = (id) => document.getElementById(id);
const state = { file: null, report: null, page: 0, pages: [], added: new Set(), batch: [] };

function el(tag, attrs, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (k === 'class') e.className = v; else if (k === 'text') e.textContent = v; else e.setAttribute(k, v);
  }
  for (const c of children) if (c != null) e.append(c);
  return e;
}

function countBySeverity(findings) {
  const counts = { HIGH: 0, MEDIUM: 0, LOW: 0, INFO: 0 };
  findings.forEach((f) => { counts[f.severity] += 1; });
  return counts;
}

function showError(box, message) {
  box.textContent = message || '';
  box.hidden = !message;
}

/** fetch that returns parsed JSON or throws an Error with the service's Chinese message. */
async function api(url, options) {
  const res = await fetch(url, options);
  const data = await res.json().catch(() => null);
  if (!res.ok) {
    const err = new Error(data && data.error ? `${data.error.message}（${data.error.code}）` : `请求失败：HTTP ${res.status}`);
    err.status = res.status;
    throw err;
  }
  return data;
}

// ---- single document -------------------------------------------------------------------

function chooseFile(file) {
  state.file = file || null;
  $('chosen').textContent = file ? `已选择：${file.name}（${Math.ceil(file.size / 1024)} KB）` : '';
}

function wireDrop(drop, input, onFiles) {
  drop.addEventListener('click', (e) => { if (e.target.tagName !== 'LABEL' && e.target.tagName !== 'INPUT') input.click(); });
  drop.addEventListener('keydown', (e) => { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); input.click(); } });
  drop.addEventListener('dragover', (e) => { e.preventDefault(); drop.classList.add('over'); });
  drop.addEventListener('dragleave', () => drop.classList.remove('over'));
  drop.addEventListener('drop', (e) => {
    e.preventDefault();
    drop.classList.remove('over');
    if (e.dataTransfer.files.length) onFiles([...e.dataTransfer.files]);
  });
  input.addEventListener('change', (e) => onFiles([...e.target.files]));
}

function wireInput() {
  wireDrop($('drop'), $('file'), (files) => {
    if (files.length > 1 || /\.zip$/i.test(files[0].name)) {
      switchView('batch');
      setBatch(files);
    } else {
      chooseFile(files[0]);
    }
  });
  $('input').addEventListener('submit', (e) => { e.preventDefault(); runAudit(); });
}

async function runAudit() {
  showError($('error'), '');
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
    showError($('error'), '请先选择文件或粘贴文本。');
    return;
  }
  $('run').disabled = true;
  $('status').textContent = '审核中……';
  try {
    const url = '/api/audit?includeText=true' + (state.file ? '' : '&name=' + encodeURIComponent(name));
    const data = await api(url, { method: 'POST', body });
    show(data, null);
    $('status').textContent = `完成：${data.findings.length} 项发现，已保存为第 ${data.auditId} 号审核`;
  } catch (err) {
    $('status').textContent = '';
    showError($('error'), err.message || String(err));
  } finally {
    $('run').disabled = false;
  }
}

async function openAudit(id) {
  switchView('audit');
  $('status').textContent = `正在打开第 ${id} 号审核……`;
  try {
    show(await api(`/api/audits/${id}`), null);
    $('status').textContent = `第 ${id} 号审核（${new Date(state.report.createdAt).toLocaleString('zh-CN')}）`;
  } catch (err) {
    $('status').textContent = '';
    showError($('error'), err.message);
  }
}

async function reaudit() {
  if (!state.report || !state.report.auditId) return;
  $('reaudit').disabled = true;
  $('status').textContent = '按当前规则重新审核中……';
  try {
    const data = await api(`/api/audits/${state.report.auditId}/reaudit`, { method: 'POST' });
    show(data, data.changes);
    const c = data.changes;
    $('status').textContent = `已重新审核，保存为第 ${data.auditId} 号：新增 ${c.added.length} 项，消失 ${c.removed.length} 项`;
  } catch (err) {
    showError($('error'), err.message);
  } finally {
    $('reaudit').disabled = false;
  }
}

// ---- result ------------------------------------------------------------------------------

function show(report, changes) {
  state.report = report;
  state.added = new Set(changes ? changes.added : []);
  $('result').hidden = false;
  showError($('error'), '');
  const d = report.document;
  const counts = countBySeverity(report.findings);
  const summary = $('summary');
  summary.replaceChildren(
    el('div', { text: `单位：${d.unit || '未识别'}　年度：${d.year || '未识别'}　类型：${KIND_NAMES[d.kind] || d.kind}　表格：${d.tables.length} 张　格式：${d.format}　规则库版本：${report.ruleBaseVersion}` }),
    el('div', { class: 'counts' }, ...Object.keys(counts).map((s) => el('span', { class: 'count-' + s, text: `${SEVERITY_NAMES[s]} ${counts[s]}` }))));
  if (report.parseProblems.length) summary.append(el('div', { class: 'hint', text: `解析提示 ${report.parseProblems.length} 条（如列对齐不确定），相关发现已降级。` }));
  if (report.ruleErrors && Object.keys(report.ruleErrors).length) {
    summary.append(el('div', { class: 'error', text: '以下规则执行出错，其发现已略去：' + Object.keys(report.ruleErrors).join('、') }));
  }
  $('reaudit').hidden = !report.auditId;
  $('timeline').replaceChildren();
  $('series-findings').replaceChildren();
  $('series-status').textContent = '';
  renderChanges(changes);
  $('tables').replaceChildren(...d.tables.map((t) => {
    const li = el('li', {}, el('a', { href: '#', text: `${t.title}` }), ` ${t.number || ''}（${t.familyName}，${t.page ? '第 ' + t.page + ' 页，' : ''}第 ${t.line} 行）`);
    li.querySelector('a').addEventListener('click', (e) => { e.preventDefault(); highlight([{ line: t.line, endLine: t.line, page: t.page }]); });
    return li;
  }));
  const categories = [...new Set(report.findings.map((f) => f.category))];
  $('category').replaceChildren(el('option', { value: '', text: '全部' }),
    ...categories.map((c) => el('option', { value: c, text: CATEGORY_NAMES[c] || c })));
  renderDocument(report);
  renderFindings();
}

function renderChanges(changes) {
  const box = $('changes');
  if (!changes) { box.hidden = true; box.replaceChildren(); return; }
  box.hidden = false;
  box.replaceChildren(el('div', { text: `与第 ${changes.previousAuditId} 号审核（规则库版本 ${changes.previousRuleBaseVersion}）相比：新增 ${changes.added.length} 项（标“新”），消失 ${changes.removed.length} 项，未变 ${changes.kept} 项。` }));
  if (changes.removed.length) {
    box.append(el('ul', {}, ...changes.removed.map((g) => el('li', { class: 'gone', text: `[${SEVERITY_NAMES[g.severity] || g.severity}] ${g.ruleId} ${g.title}：${g.message}` }))));
  }
}

function reviewOf(index) {
  const key = (state.report.findingKeys || [])[index];
  return key && state.report.reviews ? state.report.reviews[key] : null;
}

function updateProgress() {
  const r = state.report;
  if (!r.auditId) { $('review-progress').textContent = '（未保存的审核不能记录审阅结论）'; return; }
  let decided = 0;
  r.findings.forEach((f, i) => { const v = reviewOf(i); if (v && v.verdict !== 'PENDING') decided += 1; });
  $('review-progress').textContent = `第 ${r.auditId} 号审核：已审阅 ${decided} / ${r.findings.length} 项`;
}

function renderDocument(report) {
  $('doc-name').textContent = report.source;
  const lines = report.text || [];
  const frag = document.createDocumentFragment();
  lines.forEach((text, i) => frag.append(el('span', { class: 'ln', id: 'L' + (i + 1), 'data-n': String(i + 1), text: text + '\n' })));
  $('doc').replaceChildren(frag);
  const pdf = report.document.format === 'PDF' && Boolean(report.auditId);
  $('show-page').hidden = !pdf;
  state.page = 0;
  state.boxes = [];
  showPageView(pdf);
}

function showPageView(on) {
  $('page-view').hidden = !on;
  $('doc').hidden = on;
  $('show-page').setAttribute('aria-pressed', String(on));
  $('show-text').setAttribute('aria-pressed', String(!on));
  if (on && !state.page) loadPage(firstPage());
}

function firstPage() {
  for (const f of state.report.findings) for (const e of f.evidence) if (e.page) return e.page;
  const t = state.report.document.tables.find((x) => x.page);
  return t ? t.page : 1;
}

function loadPage(page) {
  if (page < 1) return;
  state.page = page;
  const img = $('page-img');
  img.onload = drawBoxes;
  img.onerror = () => { $('page-label').textContent = `第 ${page} 页（无法显示）`; };
  img.src = `/api/audits/${state.report.auditId}/pages/${page}`;
  $('page-label').textContent = `第 ${page} 页`;
  drawBoxes();
}

function drawBoxes() {
  const img = $('page-img');
  const scale = state.report.pageScale || 1.5;
  const ratio = img.naturalWidth ? img.clientWidth / img.naturalWidth : 0;
  const boxes = (state.boxes || []).filter((e) => e.page === state.page && e.box);
  $('page-boxes').replaceChildren(...boxes.map((e) => el('div', {
    class: 'page-box',
    style: `left:${e.box.x0 * scale * ratio - 3}px;top:${e.box.top * scale * ratio - 3}px;` +
      `width:${(e.box.x1 - e.box.x0) * scale * ratio + 6}px;height:${(e.box.bottom - e.box.top) * scale * ratio + 6}px`
  })));
  const first = $('page-boxes').firstElementChild;
  if (first && !$('page-view').hidden) {
    const frame = $('page-frame');
    frame.scrollTop = first.offsetTop - frame.clientHeight / 3;
  }
}

function visibleFindings() {
  const severities = new Set([...document.querySelectorAll('.sev:checked')].map((c) => c.value));
  const category = $('category').value;
  const review = $('review-filter').value;
  return state.report.findings.map((f, i) => [f, i]).filter(([f, i]) => {
    if (!severities.has(f.severity) || (category && f.category !== category)) return false;
    if (!review) return true;
    const v = reviewOf(i);
    return review === 'NONE' ? !v : v && v.verdict === review;
  });
}

function renderFindings() {
  const shown = visibleFindings();
  $('shown').textContent = `显示 ${shown.length} / ${state.report.findings.length} 项（按严重度、差异大小、原文顺序排序）`;
  $('findings').replaceChildren(...shown.map(([f, index]) => findingItem(f, index)));
  updateProgress();
}

function findingItem(f, index) {
  const lines = f.evidence.map((e) => (e.page ? `第${e.page}页 ` : '') + (e.endLine > e.line ? `${e.line}-${e.endLine}` : `${e.line}`)).join('、');
  const key = (state.report.findingKeys || [])[index];
  const item = el('li', { class: 'finding ' + f.severity, tabindex: '0', 'data-rule': f.ruleId, 'data-key': key || '', 'aria-label': `第 ${f.rank} 项 ${f.title}` },
    el('div', { class: 'title' }, el('span', { class: 'badge ' + f.severity, text: SEVERITY_NAMES[f.severity] }),
      state.added.has(key) ? el('span', { class: 'badge new', text: '新' }) : null, `#${f.rank} ${f.title}`),
    el('div', { class: 'message', text: f.message }),
    el('div', { class: 'values', text: (f.actual || f.expected) ? `列示：${f.actual || '—'}　应为：${f.expected || '—'}` : '' }),
    el('div', { class: 'meta', text: `${f.ruleId} · ${CATEGORY_NAMES[f.category] || f.category} · 第 ${lines} 行` }));
  if (state.report.auditId && key) item.append(verdictControls(key, index));
  const select = () => {
    document.querySelectorAll('.finding.selected').forEach((n) => n.classList.remove('selected'));
    item.classList.add('selected');
    highlight(f.evidence);
  };
  item.addEventListener('click', (e) => { if (!e.target.closest('.verdict')) select(); });
  item.addEventListener('keydown', (e) => {
    if (e.target !== item) return;
    if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); select(); }
    if (e.key === 'ArrowDown' && item.nextElementSibling) { e.preventDefault(); item.nextElementSibling.focus(); }
    if (e.key === 'ArrowUp' && item.previousElementSibling) { e.preventDefault(); item.previousElementSibling.focus(); }
    const shortcut = { c: 'CONFIRMED', x: 'DISMISSED', p: 'PENDING' }[e.key];
    if (shortcut) { e.preventDefault(); saveVerdict(key, index, shortcut, null, item); }
  });
  return item;
}

function verdictControls(key, index) {
  const current = reviewOf(index);
  const box = el('div', { class: 'verdict', role: 'group', 'aria-label': '审阅结论' });
  for (const [code, label] of VERDICTS) {
    const b = el('button', { type: 'button', class: 'v-' + code + (current && current.verdict === code ? ' on' : ''), 'aria-pressed': String(!!(current && current.verdict === code)), text: label });
    b.addEventListener('click', () => saveVerdict(key, index, code, null, box.closest('.finding')));
    box.append(b);
  }
  const note = el('input', { type: 'text', class: 'note', placeholder: '备注（回车保存）', 'aria-label': '备注', maxlength: '1000' });
  note.value = current ? current.note : '';
  note.addEventListener('keydown', (e) => { if (e.key === 'Enter') { e.preventDefault(); note.blur(); } });
  note.addEventListener('change', () => {
    const v = reviewOf(index);
    saveVerdict(key, index, v ? v.verdict : 'PENDING', note.value, box.closest('.finding'));
  });
  box.append(note, el('span', { class: 'saved hint', 'aria-live': 'polite' }));
  return box;
}

async function saveVerdict(key, index, verdict, note, item) {
  const previous = reviewOf(index);
  const text = note != null ? note : (previous ? previous.note : '');
  const status = item ? item.querySelector('.saved') : null;
  try {
    const saved = await api(`/api/audits/${state.report.auditId}/verdicts`, {
      method: 'PUT', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ key, verdict, note: text })
    });
    state.report.reviews = state.report.reviews || {};
    state.report.reviews[key] = saved;
    if (item) {
      item.querySelectorAll('.verdict button').forEach((b) => {
        const on = b.classList.contains('v-' + saved.verdict);
        b.classList.toggle('on', on);
        b.setAttribute('aria-pressed', String(on));
      });
      if (status) status.textContent = `已保存：${VERDICT_NAMES[saved.verdict]}`;
    }
    updateProgress();
  } catch (err) {
    if (status) status.textContent = '保存失败：' + err.message;
  }
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
  state.boxes = evidence;
  const page = (evidence.find((e) => e.page) || {}).page;
  if (!$('show-page').hidden && page) {
    if (page !== state.page) loadPage(page); else drawBoxes();
  }
}

// ---- series ------------------------------------------------------------------------------

async function loadSeries() {
  const r = state.report;
  if (!r || !r.auditId) { $('series-status').textContent = '只有已保存的审核可以比对'; return; }
  $('series-run').disabled = true;
  $('series-status').textContent = '比对中……';
  try {
    const s = await api(`/api/audits/${r.auditId}/series`);
    $('timeline').replaceChildren(...s.documents.map((d) => {
      const b = el('button', { type: 'button', class: d.auditId === r.auditId ? 'current' : '', text: `${d.year} 年${KIND_NAMES[d.kind] || ''}` });
      b.title = d.name;
      if (d.auditId && d.auditId !== r.auditId) b.addEventListener('click', () => openAudit(d.auditId));
      return el('li', {}, b, el('span', { class: 'hint', text: ' ' + d.name }));
    }));
    $('series-findings').replaceChildren(...s.findings.map((f) => el('li', { class: 'finding ' + f.severity, 'data-rule': f.ruleId },
      el('div', { class: 'title' }, el('span', { class: 'badge ' + f.severity, text: SEVERITY_NAMES[f.severity] }), `${f.ruleId} ${f.title}`),
      el('div', { class: 'message', text: f.message }),
      el('ul', { class: 'cites' }, ...f.evidence.map((e) => el('li', { text: `《${e.document}》${e.page ? '第 ' + e.page + ' 页 ' : ''}第 ${e.line} 行：${e.text}` }))))));
    $('series-status').textContent = s.documents.length < 2
      ? '尚未保存同一单位其他年度或类型的文档：请先审核它们（可用批量审核）'
      : `${s.unit}：${s.documents.length} 份文档，跨文档发现 ${s.findings.length} 项`;
  } catch (err) {
    $('series-status').textContent = '无法比对：' + err.message;
  } finally {
    $('series-run').disabled = false;
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
  const rows = findings.map(([f]) => [f.rank, f.ruleId, SEVERITY_NAMES[f.severity], CATEGORY_NAMES[f.category] || f.category, f.title, f.message, f.actual, f.expected,
    f.evidence.map((e) => (e.endLine > e.line ? `${e.line}-${e.endLine}` : e.line)).join(' ')]);
  return '\ufeff' + [head, ...rows].map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

function exportAs(format) {
  const r = state.report;
  if (r.auditId) {
    if (format === 'html') window.open(`/api/audits/${r.auditId}/export?format=html`, '_blank');
    else window.location.href = `/api/audits/${r.auditId}/export?format=${format}`;
    return;
  }
  if (format === 'json') {
    const { text, ...report } = r;
    download('审核结果.json', 'application/json', JSON.stringify(report, null, 2));
  } else if (format === 'csv') {
    download('审核结果.csv', 'text/csv;charset=utf-8', toCsv(visibleFindings()));
  }
}

function wireResult() {
  document.querySelectorAll('.sev').forEach((c) => c.addEventListener('change', renderFindings));
  $('category').addEventListener('change', renderFindings);
  $('review-filter').addEventListener('change', renderFindings);
  $('export-json').addEventListener('click', () => exportAs('json'));
  $('export-csv').addEventListener('click', () => exportAs('csv'));
  $('export-html').addEventListener('click', () => exportAs('html'));
  $('reaudit').addEventListener('click', reaudit);
  $('series-run').addEventListener('click', loadSeries);
  $('show-page').addEventListener('click', () => showPageView(true));
  $('show-text').addEventListener('click', () => showPageView(false));
  $('page-prev').addEventListener('click', () => loadPage(state.page - 1));
  $('page-next').addEventListener('click', () => loadPage(state.page + 1));
  window.addEventListener('resize', drawBoxes);
}

// ---- batch -------------------------------------------------------------------------------

function setBatch(files) {
  state.batch = files.map((file) => ({ file, name: file.name, status: '等待', result: null }));
  $('batch-run').disabled = files.length === 0;
  $('batch-status').textContent = `已选择 ${files.length} 个文件`;
  renderBatch();
}

function renderBatch() {
  const rows = [...state.batch];
  const done = rows.every((r) => r.status !== '等待' && r.status !== '审核中');
  if (done) rows.sort((a, b) => serious(b) - serious(a) || (b.result ? b.result.counts.LOW : 0) - (a.result ? a.result.counts.LOW : 0));
  $('batch-table').hidden = rows.length === 0;
  $('batch-rows').replaceChildren(...rows.map((r) => {
    const c = r.result ? r.result.counts : {};
    const open = r.result && r.result.auditId ? el('button', { type: 'button', text: '查看' }) : null;
    if (open) open.addEventListener('click', () => openAudit(r.result.auditId));
    return el('tr', { class: r.error ? 'failed' : '' },
      el('td', { class: 'name', text: r.name }), el('td', { text: r.error ? '失败：' + r.error : r.status }),
      el('td', { text: r.result ? r.result.unit || '未识别' : '' }), el('td', { text: r.result && r.result.year ? r.result.year : '' }),
      el('td', { text: r.result ? KIND_NAMES[r.result.kind] || '' : '' }),
      ...['HIGH', 'MEDIUM', 'LOW', 'INFO'].map((s) => el('td', { class: 'num count-' + s, text: c[s] != null ? String(c[s]) : '' })),
      el('td', {}, open));
  }));
}

function serious(r) {
  return r.result ? r.result.counts.HIGH + r.result.counts.MEDIUM : -1;
}

async function runBatch() {
  showError($('batch-error'), '');
  $('batch-run').disabled = true;
  const zips = state.batch.filter((r) => /\.zip$/i.test(r.name));
  const singles = state.batch.filter((r) => !/\.zip$/i.test(r.name));
  try {
    for (const z of zips) await runZip(z);
    let n = 0;
    for (const r of singles) {
      r.status = '审核中';
      $('batch-status').textContent = `审核中：${++n} / ${singles.length}`;
      renderBatch();
      try {
        const body = new FormData();
        body.append('file', r.file, r.name);
        const data = await api('/api/audit', { method: 'POST', body });
        const counts = countBySeverity(data.findings);
        r.result = { auditId: data.auditId, unit: data.document.unit, year: data.document.year, kind: data.document.kind, counts };
        r.status = '完成';
      } catch (err) {
        r.error = err.message;
        r.status = '失败';
      }
      renderBatch();
    }
    const failed = state.batch.filter((r) => r.error).length;
    $('batch-status').textContent = `完成：${state.batch.length} 份，失败 ${failed} 份；已按严重问题数量排序`;
  } finally {
    $('batch-run').disabled = false;
    renderBatch();
  }
}

/** A zip is audited by the service, which reports each document as a JSON line when done. */
async function runZip(z) {
  z.status = '审核中';
  renderBatch();
  const res = await fetch('/api/batch', { method: 'POST', headers: { 'Content-Type': 'application/zip' }, body: z.file });
  if (!res.ok) {
    const data = await res.json().catch(() => null);
    z.error = data && data.error ? data.error.message : `HTTP ${res.status}`;
    z.status = '失败';
    return;
  }
  const at = state.batch.indexOf(z);
  state.batch.splice(at, 1);
  const reader = res.body.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    buffer += decoder.decode(value, { stream: true });
    let nl;
    while ((nl = buffer.indexOf('\n')) >= 0) {
      const line = JSON.parse(buffer.slice(0, nl));
      buffer = buffer.slice(nl + 1);
      if (line.done) continue;
      state.batch.push({ name: `${z.name} / ${line.name}`, status: line.error ? '失败' : '完成', error: line.error ? line.error.message : null,
        result: line.error ? null : line });
      $('batch-status').textContent = `${z.name}：已审核 ${line.index} 份`;
      renderBatch();
    }
  }
}

function wireBatch() {
  wireDrop($('batch-drop'), $('batch-files'), setBatch);
  $('batch-run').addEventListener('click', runBatch);
}

// ---- history -----------------------------------------------------------------------------

async function loadHistory() {
  $('history-status').textContent = '读取中……';
  try {
    const data = await api('/api/audits?limit=500');
    $('history-rows').replaceChildren(...data.audits.map((a) => {
      const link = el('a', { href: '#', text: a.name });
      link.addEventListener('click', (e) => { e.preventDefault(); openAudit(a.id); });
      return el('tr', {}, el('td', { class: 'num', text: String(a.id) }), el('td', { text: new Date(a.createdAt).toLocaleString('zh-CN') }),
        el('td', { class: 'name' }, link), el('td', { text: a.unit || '未识别' }), el('td', { text: a.year || '' }),
        el('td', { text: KIND_NAMES[a.kind] || a.kind }),
        el('td', { class: 'num count-HIGH', text: String(a.high) }), el('td', { class: 'num count-MEDIUM', text: String(a.medium) }),
        el('td', { class: 'num', text: String(a.low) }), el('td', { class: 'num', text: String(a.info) }),
        el('td', { text: `${a.reviewed} / ${a.findings}` }), el('td', { class: 'num', text: String(a.ruleBaseVersion) }));
    }));
    $('history-status').textContent = data.audits.length ? `共 ${data.audits.length} 次审核（最新在前）` : '还没有审核记录';
  } catch (err) {
    $('history-status').textContent = '无法读取历史记录：' + err.message;
  }
}

// ---- rules view --------------------------------------------------------------------------

async function loadRules(message) {
  try {
    const data = await api('/api/rules');
    const quality = data.quality || {};
    $('rules-caption').textContent = `规则库版本 ${data.version}，共 ${data.count} 条，构建于 ${new Date(data.builtAt).toLocaleString('zh-CN')}，目录 ${data.directory}`;
    $('rules').replaceChildren(...data.rules.map((r) => {
      const q = quality[r.id] || { confirmed: 0, dismissed: 0 };
      const decided = q.confirmed + q.dismissed;
      return el('tr', {},
        el('td', { text: r.id }), el('td', {}, el('span', { class: 'badge ' + r.severity, text: SEVERITY_NAMES[r.severity] || r.severity })),
        el('td', { text: CATEGORY_NAMES[r.category] || r.category }), el('td', { text: r.title }), el('td', { text: r.file }),
        el('td', { class: 'num', text: String(q.confirmed) }), el('td', { class: 'num', text: String(q.dismissed) }),
        el('td', { class: 'num' + (decided && q.dismissed / decided >= 0.5 ? ' warn' : ''), text: decided ? Math.round(100 * q.dismissed / decided) + '%' : '—' }));
    }));
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
  const token = $('token').value || sessionStorage.getItem('reloadToken') || '';
  try {
    const res = await fetch('/api/rules/reload', { method: 'POST', headers: token ? { 'X-Reload-Token': token } : {} });
    const data = await res.json().catch(() => ({}));
    if (res.status === 403) {
      sessionStorage.removeItem('reloadToken');
      $('token-box').hidden = false;
      $('token').focus();
      $('rules-status').textContent = (data.error ? data.error.message : '没有权限') + '：请输入令牌后再点“重新加载规则”';
      return;
    }
    if (res.ok && token) sessionStorage.setItem('reloadToken', token);
    const msg = res.ok ? `已重新加载（版本 ${data.version}）` : (data.error ? data.error.message : '构建失败，继续使用上一版规则');
    await loadRules(msg);
  } finally {
    $('reload').disabled = false;
  }
}

// ---- views -------------------------------------------------------------------------------

const VIEWS = ['audit', 'batch', 'history', 'rules'];

function switchView(name) {
  for (const v of VIEWS) {
    $('view-' + v).hidden = v !== name;
    $('tab-' + v).classList.toggle('active', v === name);
    $('tab-' + v).setAttribute('aria-pressed', String(v === name));
  }
  if (name === 'rules') loadRules();
  if (name === 'history') loadHistory();
}

document.addEventListener('DOMContentLoaded', () => {
  wireInput();
  wireResult();
  wireBatch();
  for (const v of VIEWS) $('tab-' + v).addEventListener('click', () => switchView(v));
  $('history-refresh').addEventListener('click', loadHistory);
  $('reload').addEventListener('click', reloadRules);
  $('token').addEventListener('keydown', (e) => { if (e.key === 'Enter') reloadRules(); });
  const open = new URLSearchParams(location.search).get('audit');
  if (open) openAudit(open);
});
