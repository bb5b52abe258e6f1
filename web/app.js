// The chat page: asks /api/ask/stream, shows the answer as it arrives with its figures
// highlighted and numbered citations, and opens a report at the cited lines. No framework;
// text is always set with textContent (no HTML from answers or reports).
'use strict';

const MAX_HISTORY = 20;
const FIGURE = /\d[\d,]*(?:\.\d+)?(?:\(\d+\))?(?:[億萬千百]\d[\d,]*(?:\.\d+)?)*[億萬千百]?(?:%|％|‰|人天次|人次|場次|車次|個班期|班期|小時|大類|千元|萬元|億元|元|個機關|人|名|位|場|班|門|件|家|個|次|份|對|厘|折|類|期|項|所|筆)/g;
const CITE = /\[(\d+)\]/g;

const $ = (selector) => document.querySelector(selector);
/** A citation's lines as a person reads them: 第115行, 第55–59行 (or 第55至59行 for a screen reader's label). */
const linesOf = (c, to = '–') => (c.lineStart === c.lineEnd ? `第${c.lineStart}行` : `第${c.lineStart}${to}${c.lineEnd}行`);
const state = { turns: [], answers: [], busy: false, documents: new Map(), tocs: new Map(), reports: [] };

function el(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** Text with figures marked and [n] turned into citation buttons. */
function renderLine(line, citations, onCite) {
  const frag = document.createDocumentFragment();
  let at = 0;
  for (const m of line.matchAll(CITE)) {
    appendFigures(frag, line.slice(at, m.index));
    const n = Number(m[1]);
    const c = citations.find((x) => x.n === n);
    const ref = el('button', 'cite-ref', `[${n}]`);
    ref.type = 'button';
    ref.dataset.n = String(n);
    ref.setAttribute('aria-label', c ? `出處 ${n}：${c.title}，${linesOf(c, '至')}` : `出處 ${n}`);
    ref.addEventListener('click', () => onCite(n));
    frag.append(ref);
    at = (m.index ?? 0) + m[0].length;
  }
  appendFigures(frag, line.slice(at));
  return frag;
}

function appendFigures(frag, text) {
  let at = 0;
  for (const m of text.matchAll(FIGURE)) {
    frag.append(text.slice(at, m.index));
    frag.append(el('mark', 'figure', m[0]));
    at = (m.index ?? 0) + m[0].length;
  }
  frag.append(text.slice(at));
}

const reducedMotion = window.matchMedia('(prefers-reduced-motion: reduce)');

function scrollToEnd() {
  const last = $('#messages').lastElementChild;
  if (last) last.scrollIntoView({ block: 'end', behavior: reducedMotion.matches ? 'auto' : 'smooth' });
}

/** A screen reader hears an answer once, when it is complete — not every piece as it streams in. */
function announce(text) {
  const region = $('#announce');
  region.textContent = '';
  // a fresh text node is announced even when it repeats the last one
  setTimeout(() => (region.textContent = text), 50);
}

class AnswerView {
  constructor(question) {
    this.node = $('#tpl-answer').content.firstElementChild.cloneNode(true);
    this.status = this.node.querySelector('.status');
    this.text = this.node.querySelector('.text');
    this.chips = this.node.querySelector('.chips');
    this.tools = this.node.querySelector('.tools');
    this.answer = '';
    this.citations = [];
    this.found = true;
    this.kind = 'answer';
    this.question = question;
    this.node.classList.add('loading');
    this.status.textContent = '正在查找報告…';
    this.tools.hidden = true;
    this.node.querySelector('.copy').addEventListener('click', () => this.copy());
  }

  meta(data) {
    this.found = data.found;
    this.kind = data.kind;
    this.node.classList.remove('loading');
    this.status.textContent = '';
  }

  delta(piece) {
    this.answer += piece;
    this.draw();
  }

  citation(c) {
    this.citations.push(c);
    const chip = el('button', 'chip');
    chip.type = 'button';
    chip.dataset.n = String(c.n);
    // the accessible name holds the visible text, with what a screen reader needs around it
    chip.append(
      el('span', 'visually-hidden', '開啟出處 '),
      el('span', 'chip-n', String(c.n)),
      el('span', 'chip-title', `${c.title}・${linesOf(c)}`),
      el('span', 'visually-hidden', `，${c.section}`),
    );
    chip.addEventListener('click', () => openSource(c, chip));
    this.chips.append(chip);
    this.draw();
  }

  done(data) {
    this.node.classList.remove('loading');
    // what the answer is comes from the API (kind), never from its wording
    const kind = data.kind ?? this.kind;
    if (kind === 'not_found') {
      this.node.classList.add('not-found');
      this.status.textContent = '報告中沒有這項資料';
    } else if (kind === 'partial') {
      this.node.classList.add('partial');
      this.status.textContent = '部分問題報告中沒有資料';
    }
    if (data.series) this.drawSeries(data.series);
    this.tools.hidden = false;
    this.node.querySelector('.took').textContent = `${(data.tookMs / 1000).toFixed(2)} 秒`;
    const sources = this.citations.length > 0 ? `（${this.citations.length} 個出處）` : '';
    announce(`${this.status.textContent ? `${this.status.textContent}。` : ''}${this.answer.replace(/\[\d+\]/g, '')}${sources}`);
  }

  /** One measure over several periods: a table of the figures as printed, and a small bar chart when they share a unit. */
  drawSeries(series) {
    const box = el('figure', 'series');
    const linkOf = (n) => {
      const c = this.citations.find((x) => x.n === n);
      return c ? `#doc=${encodeURIComponent(c.docId)}&lines=${c.lineStart}-${c.lineEnd}` : '#';
    };
    if (series.comparable) box.append(seriesChart(series.points, linkOf));
    const table = el('table', 'series-table');
    table.append(el('caption', '', series.comparable ? '各期數字（報告原文）' : series.note));
    const head = el('tr');
    for (const h of ['期間', '數字', '出處']) {
      const th = el('th', '', h);
      th.scope = 'col';
      head.append(th);
    }
    table.append(el('thead'));
    table.tHead.append(head);
    const body = el('tbody');
    for (const p of series.points) {
      const row = el('tr');
      const cite = el('a', 'series-cite', `[${p.n}]`);
      cite.href = linkOf(p.n);
      const source = el('td');
      source.append(cite);
      row.append(el('td', '', p.label), el('td', 'series-figure', p.figure), source);
      body.append(row);
    }
    table.append(body);
    box.append(table);
    this.text.after(box);
  }

  fail(message) {
    this.node.classList.remove('loading');
    this.node.classList.add('error');
    this.status.textContent = message;
    announce(message);
    const retry = el('button', 'ghost retry', '再試一次');
    retry.type = 'button';
    retry.addEventListener('click', () => {
      // another question is still being answered: its turn comes first
      if (state.busy) return;
      this.node.remove();
      ask(this.question, { again: true });
    });
    this.text.replaceChildren(retry);
  }

  draw() {
    const open = (n) => {
      const c = this.citations.find((x) => x.n === n);
      if (c) openSource(c, this.chips.querySelector(`[data-n="${n}"]`));
    };
    const lines = this.answer.split('\n').filter((l) => l.length > 0);
    this.text.replaceChildren(...lines.map((line) => {
      const p = el('p', /^最接近的資料/.test(line) ? 'nearest' : '');
      p.append(renderLine(line, this.citations, open));
      return p;
    }));
  }

  async copy() {
    const sources = this.citations.map((c) => `[${c.n}] ${c.title}｜${c.section}｜${linesOf(c)}\n「${c.quote}」`).join('\n');
    const text = `問：${this.question}\n答：${this.answer}${sources ? `\n\n出處：\n${sources}` : ''}`;
    const button = this.node.querySelector('.copy');
    try {
      await navigator.clipboard.writeText(text);
    } catch {
      const area = el('textarea');
      area.value = text;
      document.body.append(area);
      area.select();
      document.execCommand('copy');
      area.remove();
    }
    button.textContent = '已複製';
    setTimeout(() => (button.textContent = '複製答案與出處'), 2000);
  }
}

/** Reads server-sent events from a fetch response. */
async function readEvents(response, onEvent) {
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    buffer += decoder.decode(value, { stream: true });
    let cut;
    while ((cut = buffer.indexOf('\n\n')) >= 0) {
      const block = buffer.slice(0, cut);
      buffer = buffer.slice(cut + 2);
      const event = (block.match(/^event: ?(.*)$/m) || [])[1] || 'message';
      const data = block.split('\n').filter((l) => l.startsWith('data:')).map((l) => l.replace(/^data: ?/, '')).join('\n');
      onEvent(event, data ? JSON.parse(data) : null);
    }
  }
}

async function ask(question, options = {}) {
  question = question.trim();
  if (!question || state.busy) return;
  state.busy = true;
  $('#send').disabled = true;
  $('#welcome').hidden = true;
  if (!options.again) {
    const user = $('#tpl-user').content.firstElementChild.cloneNode(true);
    user.querySelector('.bubble').textContent = question;
    $('#messages').append(user);
  }
  const view = new AnswerView(question);
  $('#messages').append(view.node);
  scrollToEnd();
  try {
    const response = await fetch('/api/ask/stream', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ question, history: state.turns.slice(-MAX_HISTORY) }),
    });
    if (!response.ok) {
      let message = '服務暫時無法回答，請稍後再試。';
      try {
        message = (await response.json()).error.message;
      } catch {
        // keep the general message
      }
      view.fail(message);
      return;
    }
    let failed = false;
    await readEvents(response, (event, data) => {
      if (event === 'meta') view.meta(data);
      else if (event === 'delta') view.delta(data.text);
      else if (event === 'citation') view.citation(data);
      else if (event === 'done') view.done(data);
      else if (event === 'error') {
        failed = true;
        view.fail(data.error.message);
      }
    });
    if (!failed) {
      state.turns.push({ role: 'user', content: question }, { role: 'assistant', content: view.answer });
      state.answers.push({ question, answer: view.answer, citations: view.citations.slice() });
      $('#download-md').disabled = false;
      $('#download-txt').disabled = false;
    }
  } catch {
    view.fail('無法連線到服務，請確認網路後再試一次。');
  } finally {
    state.busy = false;
    $('#send').disabled = false;
    scrollToEnd();
  }
}

async function loadDocument(docId) {
  if (!state.documents.has(docId)) {
    const response = await fetch(`/api/documents/${encodeURIComponent(docId)}`);
    if (!response.ok) throw new Error('document');
    state.documents.set(docId, await response.json());
  }
  return state.documents.get(docId);
}

let returnFocus = null;

async function openSource(citation, opener) {
  returnFocus = opener || document.activeElement;
  const panel = $('#source');
  panel.hidden = false;
  document.body.classList.add('source-open');
  $('#source-title').textContent = citation.title;
  $('#source-section').textContent = citation.section;
  $('#source-meta').textContent = '載入中…';
  $('#browser').hidden = true;
  const list = $('#source-lines');
  list.hidden = false;
  list.replaceChildren();
  let doc;
  try {
    doc = await loadDocument(citation.docId);
  } catch {
    $('#source-meta').textContent = '無法載入這份報告，請稍後再試。';
    return;
  }
  $('#source-meta').textContent = `${doc.agency}・${doc.kind}・期間 ${doc.period.label}（${doc.period.adLabel}）・引用${linesOf(citation)}`;
  const items = doc.lines.map((text, i) => {
    const li = el('li', 'line');
    const n = i + 1;
    li.value = n;
    li.dataset.line = String(n);
    li.append(el('span', 'ln', String(n)), el('span', 'lt', text.trim() === '' ? ' ' : text));
    if (n >= citation.lineStart && n <= citation.lineEnd) {
      li.classList.add('hit');
      li.setAttribute('aria-label', `引用的第 ${n} 行`);
    }
    if (text.trim() === '') li.classList.add('blank');
    return li;
  });
  list.replaceChildren(...items);
  const first = list.querySelector('.hit');
  if (first) first.scrollIntoView({ block: 'center' });
  list.focus({ preventScroll: true });
}

/** The report browser: the reports (title, agency, kind, period in ROC and AD), each with its headings; a heading opens the report there. */
async function openBrowser(opener) {
  returnFocus = opener || document.activeElement;
  $('#source').hidden = false;
  document.body.classList.add('source-open');
  $('#source-title').textContent = '收錄的報告';
  $('#source-meta').textContent = `${state.reports.length} 份報告，點選標題即可開啟該段原文`;
  $('#source-section').textContent = '';
  $('#source-lines').hidden = true;
  const browser = $('#browser');
  browser.hidden = false;
  browser.replaceChildren();
  const tocs = await Promise.all(state.reports.map((r) => loadToc(r.docId).catch(() => null)));
  state.reports.forEach((report, i) => {
    const section = el('section', 'report-entry');
    section.append(el('h3', '', report.title), el('p', 'report-meta', `${report.agency}・${report.kind}・期間 ${report.period.label}（${report.period.adLabel}）`));
    const list = el('ol');
    const headings = tocs[i];
    if (headings) {
      for (const h of headings) {
        const item = el('li');
        const button = el('button', 'heading', h.heading);
        button.type = 'button';
        button.style.paddingLeft = `${(h.depth - 1) * 1.2}em`;
        button.addEventListener('click', () => openSource({ docId: report.docId, title: report.title, section: h.section, lineStart: h.lineStart, lineEnd: h.lineStart }, button));
        item.append(button);
        list.append(item);
      }
    } else {
      list.append(el('li', '', '（目錄暫時無法載入）'));
    }
    section.append(list);
    browser.append(section);
  });
  browser.focus({ preventScroll: true });
}

/** A report's headings, fetched once. */
async function loadToc(docId) {
  if (!state.tocs.has(docId)) {
    const response = await fetch(`/api/documents/${encodeURIComponent(docId)}/toc`);
    if (!response.ok) throw new Error('toc');
    state.tocs.set(docId, (await response.json()).headings);
  }
  return state.tocs.get(docId);
}

/** The conversation for a speech draft: every answer with its quotes, verbatim, and full citations. */
function conversationText(markdown) {
  const periodOf = (docId) => state.reports.find((r) => r.docId === docId)?.period.label ?? '';
  const blocks = state.answers.map(({ question, answer, citations }) => {
    const sources = citations.map((c) => {
      const where = `${c.title}（期間 ${periodOf(c.docId)}），${c.section}，${linesOf(c)}`;
      return markdown ? `${c.n}. ${where}\n   > ${c.quote}` : `[${c.n}] ${where}\n    「${c.quote}」`;
    });
    const head = markdown ? `## 問：${question}` : `問：${question}`;
    const body = markdown ? answer : `答：${answer}`;
    return [head, '', body, ...(sources.length ? ['', '出處：', ...sources] : [])].join('\n');
  });
  const date = new Date().toISOString().slice(0, 10);
  const title = markdown ? `# 高雄市政府報告問答：對話紀錄（${date}）` : `高雄市政府報告問答：對話紀錄（${date}）`;
  return [title, ...blocks].join('\n\n') + '\n';
}

function download(markdown) {
  const blob = new Blob([conversationText(markdown)], { type: markdown ? 'text/markdown;charset=utf-8' : 'text/plain;charset=utf-8' });
  const link = el('a');
  link.href = URL.createObjectURL(blob);
  link.download = `對話紀錄-${new Date().toISOString().slice(0, 10)}.${markdown ? 'md' : 'txt'}`;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 1000);
}

const SVG = 'http://www.w3.org/2000/svg';

function svg(tag, attributes) {
  const node = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attributes)) node.setAttribute(k, String(v));
  return node;
}

/** A small bar chart: one bar per period, labelled with the figure as printed; each bar opens its cited lines. */
function seriesChart(points, linkOf) {
  const width = 320;
  const barHeight = 26;
  const gap = 10;
  const labelWidth = 110;
  const height = points.length * (barHeight + gap);
  const max = Math.max(...points.map((p) => p.value));
  const chart = svg('svg', { viewBox: `0 0 ${width} ${height}`, class: 'series-chart', role: 'group', 'aria-label': `長條圖：${points.map((p) => `${p.label} ${p.figure}`).join('，')}` });
  points.forEach((p, i) => {
    const y = i * (barHeight + gap);
    const length = max > 0 ? Math.max(2, ((width - labelWidth - 70) * p.value) / max) : 2;
    const link = svg('a', { href: linkOf(p.n), 'aria-label': `${p.label} ${p.figure}，開啟出處 ${p.n}` });
    const label = svg('text', { x: 0, y: y + barHeight * 0.7, class: 'series-label' });
    label.textContent = p.label;
    const bar = svg('rect', { x: labelWidth, y, width: length, height: barHeight, rx: 3, class: 'series-bar' });
    const value = svg('text', { x: labelWidth + length + 6, y: y + barHeight * 0.7, class: 'series-value' });
    value.textContent = p.figure;
    link.append(label, bar, value);
    chart.append(link);
  });
  return chart;
}

/** A shared citation link (#doc=<docId>&lines=490-494, as bots and the API give them) opens the report at those lines. */
async function openFromHash() {
  const params = new URLSearchParams(location.hash.slice(1));
  const docId = params.get('doc');
  const lines = /^(\d+)(?:-(\d+))?$/.exec(params.get('lines') || '');
  if (!docId || !lines) return;
  const lineStart = Number(lines[1]);
  const lineEnd = Number(lines[2] || lines[1]);
  let doc;
  try {
    doc = await loadDocument(docId);
  } catch {
    doc = null;
  }
  await openSource({ docId, title: doc ? doc.title : docId, section: '', lineStart, lineEnd: Math.max(lineStart, lineEnd) });
}

function closeSource() {
  $('#source').hidden = true;
  document.body.classList.remove('source-open');
  if (returnFocus && document.contains(returnFocus)) returnFocus.focus();
}

async function loadReports() {
  try {
    const { documents } = await (await fetch('/api/documents')).json();
    state.reports = documents.slice().sort((a, b) => a.period.from.year - b.period.from.year || a.period.from.month - b.period.from.month);
    const list = $('#report-list');
    list.replaceChildren(
      ...documents
        .slice()
        .sort((a, b) => a.period.from.year - b.period.from.year || a.period.from.month - b.period.from.month)
        .map((d) => el('span', 'report', `${d.title}`)),
    );
  } catch {
    $('#report-list').textContent = '（暫時無法載入）';
  }
}

function autoSize() {
  const q = $('#question');
  q.style.height = 'auto';
  q.style.height = `${Math.min(q.scrollHeight, 160)}px`;
}

function init() {
  const question = $('#question');
  $('#ask').addEventListener('submit', (event) => {
    event.preventDefault();
    const text = question.value;
    if (!text.trim() || state.busy) return;
    question.value = '';
    autoSize();
    ask(text);
  });
  question.addEventListener('keydown', (event) => {
    // Enter sends; Shift+Enter adds a line; Enter that confirms an IME candidate does neither
    if (event.key === 'Enter' && !event.shiftKey && !event.isComposing && event.keyCode !== 229) {
      event.preventDefault();
      $('#ask').requestSubmit();
    }
  });
  question.addEventListener('input', autoSize);
  for (const button of document.querySelectorAll('.example')) {
    button.addEventListener('click', () => ask(button.textContent || ''));
  }
  $('#new-chat').addEventListener('click', () => {
    state.turns = [];
    state.answers = [];
    $('#download-md').disabled = true;
    $('#download-txt').disabled = true;
    $('#messages').replaceChildren();
    $('#welcome').hidden = false;
    closeSource();
    question.focus();
  });
  $('#source-close').addEventListener('click', closeSource);
  $('#browse').addEventListener('click', (event) => openBrowser(event.currentTarget));
  $('#download-md').addEventListener('click', () => download(true));
  $('#download-txt').addEventListener('click', () => download(false));
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && !$('#source').hidden) closeSource();
  });
  window.addEventListener('hashchange', openFromHash);
  loadReports();
  question.focus();
  openFromHash();
}

document.addEventListener('DOMContentLoaded', init);
