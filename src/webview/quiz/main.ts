/**
 * The quiz panel's webview side: shows one card at a time (front, then the answer on Space),
 * sends grades 1–4, undo and "open in note" to the host, shows a progress bar, a timer in mock
 * interviews, and the session summary with charts drawn as plain SVG. Every text comes from
 * the host (localised); card HTML is sanitised again before it is inserted.
 */
import type { HostToQuizWebview, QuizGrade, QuizLabels, QuizSummaryView, QuizWebviewToHost } from '../../protocol/quiz';
import { fillSafe } from '../shared/safeHtml';

interface VsCodeApi {
  postMessage(message: QuizWebviewToHost): void;
}
declare function acquireVsCodeApi(): VsCodeApi;

const vscode = acquireVsCodeApi();
const root = document.getElementById('rn-quiz') as HTMLElement;
const SVG = 'http://www.w3.org/2000/svg';

let revealed = false;
let showing: 'card' | 'summary' | 'empty' | 'none' = 'none';
let canUndo = false;
let shownAt = Date.now();
let timerHandle: ReturnType<typeof setInterval> | undefined;

function post(message: QuizWebviewToHost): void {
  vscode.postMessage(message);
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  if (className) e.className = className;
  if (text !== undefined) e.textContent = text;
  return e;
}

function svg<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Record<string, string | number>, text?: string): SVGElementTagNameMap[K] {
  const e = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v));
  if (text !== undefined) e.textContent = text;
  return e;
}

function format(template: string, ...args: (string | number)[]): string {
  return template.replace(/\{(\d+)\}/g, (all, i: string) => (args[Number(i)] !== undefined ? String(args[Number(i)]) : all));
}

function gradeName(labels: QuizLabels, g: QuizGrade): string {
  return [labels.again, labels.hard, labels.good, labels.easy][g - 1];
}

function stopTimer(): void {
  if (timerHandle !== undefined) clearInterval(timerHandle);
  timerHandle = undefined;
}

function clock(ms: number): string {
  const s = Math.floor(ms / 1000);
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}

function toolbar(labels: QuizLabels, withOpen: boolean): HTMLElement {
  const bar = el('div', 'rn-quiz-tools');
  if (withOpen) {
    const open = el('button', 'rn-quiz-open', labels.openInNote);
    open.title = `${labels.openInNote} (O)`;
    open.addEventListener('click', () => post({ type: 'open' }));
    bar.append(open);
  }
  const undo = el('button', 'rn-quiz-undo', labels.undo);
  undo.title = `${labels.undo} (U, Ctrl+Z)`;
  undo.disabled = !canUndo;
  undo.addEventListener('click', () => post({ type: 'undo' }));
  bar.append(undo);
  return bar;
}

function showCard(m: Extract<HostToQuizWebview, { type: 'card' }>): void {
  stopTimer();
  showing = 'card';
  revealed = false;
  canUndo = m.canUndo;
  shownAt = Date.now();
  const { labels, card } = m;

  const header = el('header', 'rn-quiz-header');
  const title = el('h1', 'rn-quiz-title', m.title);
  const progress = el('div', 'rn-quiz-progress');
  progress.setAttribute('role', 'progressbar');
  progress.setAttribute('aria-valuemin', '0');
  progress.setAttribute('aria-valuemax', String(m.total));
  progress.setAttribute('aria-valuenow', String(m.position));
  const fill = el('div', 'rn-quiz-progress-fill');
  fill.style.width = `${m.total === 0 ? 0 : (100 * m.position) / m.total}%`;
  progress.append(fill);
  const count = el('span', 'rn-quiz-count', format(labels.progress, m.position + 1, m.total));
  header.append(title, count);
  if (m.timed) {
    const timer = el('span', 'rn-quiz-timer', '0:00');
    timer.setAttribute('aria-live', 'off');
    header.append(timer);
    timerHandle = setInterval(() => (timer.textContent = clock(Date.now() - shownAt)), 500);
  }

  const crumbs = el('nav', 'rn-quiz-crumbs', card.breadcrumbs.join(' › '));
  if (card.isNew) crumbs.prepend(el('span', 'rn-quiz-new', labels.newCard));
  const front = el('section', 'rn-quiz-front rn-note');
  fillSafe(front, card.frontHtml);
  const back = el('section', 'rn-quiz-back rn-note');
  fillSafe(back, card.backHtml);
  back.hidden = true;

  const reveal = el('button', 'rn-quiz-reveal', labels.reveal);
  reveal.title = `${labels.reveal} (Space)`;
  reveal.addEventListener('click', doReveal);

  const grades = el('div', 'rn-quiz-grades');
  grades.hidden = true;
  for (const g of [1, 2, 3, 4] as const) {
    const b = el('button', `rn-quiz-grade rn-quiz-grade-${g}`);
    b.dataset.grade = String(g);
    b.append(el('span', 'rn-quiz-grade-name', gradeName(labels, g)), el('span', 'rn-quiz-grade-interval', card.intervals[g]), el('kbd', undefined, String(g)));
    b.addEventListener('click', () => doGrade(g));
    grades.append(b);
  }

  const help = el('p', 'rn-quiz-help', labels.keysHelp);
  root.replaceChildren(header, progress, crumbs, front, back, reveal, grades, toolbar(labels, true), help);
  root.dataset.state = 'front';
  root.dataset.card = card.id;
  reveal.focus();
}

function doReveal(): void {
  if (showing !== 'card' || revealed) return;
  revealed = true;
  (root.querySelector('.rn-quiz-back') as HTMLElement).hidden = false;
  (root.querySelector('.rn-quiz-reveal') as HTMLElement).hidden = true;
  const grades = root.querySelector('.rn-quiz-grades') as HTMLElement;
  grades.hidden = false;
  root.dataset.state = 'back';
  (grades.querySelector('[data-grade="3"]') as HTMLElement | null)?.focus();
  post({ type: 'reveal' });
}

function doGrade(g: QuizGrade): void {
  if (showing !== 'card' || !revealed) return;
  // One grade per card: ignore keys until the host sends the next card.
  showing = 'none';
  root.dataset.state = 'grading';
  stopTimer();
  post({ type: 'grade', grade: g, ms: Date.now() - shownAt });
}

function barChart(values: readonly number[], names: readonly string[], className: string, height = 120): SVGSVGElement {
  const width = Math.max(240, values.length * 34);
  const max = Math.max(1, ...values);
  const chart = svg('svg', { class: className, viewBox: `0 0 ${width} ${height + 34}`, width, height: height + 34, role: 'img' });
  const slot = width / values.length;
  values.forEach((v, i) => {
    const h = Math.round((v / max) * height);
    const x = i * slot + slot * 0.15;
    const bar = svg('rect', { x, y: height - h + 14, width: slot * 0.7, height: Math.max(h, 1), rx: 2, class: `rn-bar rn-bar-${i}` });
    bar.append(svg('title', {}, `${names[i]}: ${v}`));
    chart.append(bar, svg('text', { x: x + slot * 0.35, y: height - h + 10, 'text-anchor': 'middle', class: 'rn-bar-value' }, String(v)),
      svg('text', { x: x + slot * 0.35, y: height + 30, 'text-anchor': 'middle', class: 'rn-bar-label' }, names[i]));
  });
  chart.setAttribute('aria-label', names.map((n, i) => `${n}: ${values[i]}`).join(', '));
  return chart;
}

function showSummary(labels: QuizLabels, s: QuizSummaryView, undoable: boolean): void {
  stopTimer();
  showing = 'summary';
  canUndo = undoable;
  const total = s.grades[1] + s.grades[2] + s.grades[3] + s.grades[4];
  const header = el('header', 'rn-quiz-header');
  header.append(el('h1', 'rn-quiz-title', `${labels.summaryTitle} · ${s.title}`));
  const progress = el('div', 'rn-quiz-progress');
  const fill = el('div', 'rn-quiz-progress-fill');
  fill.style.width = '100%';
  progress.append(fill);

  const stats = el('div', 'rn-quiz-stats');
  stats.append(el('div', 'rn-quiz-stat', `${labels.reviewed}: ${total}`),
    el('div', 'rn-quiz-stat rn-quiz-retention', `${labels.retention}: ${s.retention === undefined ? '–' : `${Math.round(s.retention * 100)}%`}`));

  const grades = el('section', 'rn-quiz-chart');
  grades.append(el('h2', undefined, labels.gradesTitle),
    barChart([s.grades[1], s.grades[2], s.grades[3], s.grades[4]], [labels.again, labels.hard, labels.good, labels.easy], 'rn-chart-grades'));
  const forecast = el('section', 'rn-quiz-chart');
  forecast.append(el('h2', undefined, labels.forecastTitle), barChart(s.forecast, s.forecastDays, 'rn-chart-forecast'));

  const parts: HTMLElement[] = [header, progress, stats, grades, forecast];
  if (s.times && s.times.length > 0) {
    const table = el('table', 'rn-quiz-times');
    for (const t of s.times) {
      const row = el('tr');
      row.append(el('td', undefined, t.front), el('td', undefined, clock(t.seconds * 1000)), el('td', undefined, gradeName(labels, t.grade)));
      table.append(row);
    }
    const section = el('section', 'rn-quiz-chart');
    section.append(el('h2', undefined, labels.time), table);
    parts.push(section);
  }
  const tools = toolbar(labels, false);
  const close = el('button', 'rn-quiz-close', labels.close);
  close.addEventListener('click', () => post({ type: 'close' }));
  tools.append(close);
  parts.push(tools);
  root.replaceChildren(...parts);
  root.dataset.state = 'summary';
  delete root.dataset.card;
  close.focus();
}

function showEmpty(labels: QuizLabels, message: string): void {
  stopTimer();
  showing = 'empty';
  const close = el('button', 'rn-quiz-close', labels.close);
  close.addEventListener('click', () => post({ type: 'close' }));
  root.replaceChildren(el('p', 'rn-quiz-empty', message), close);
  root.dataset.state = 'empty';
  close.focus();
}

window.addEventListener('message', (event: MessageEvent<HostToQuizWebview>) => {
  const m = event.data;
  switch (m?.type) {
    case 'card':
      showCard(m);
      break;
    case 'summary':
      showSummary(m.labels, m.summary, m.canUndo);
      break;
    case 'empty':
      showEmpty(m.labels, m.message);
      break;
  }
});

document.addEventListener('keydown', (e) => {
  if (e.altKey || e.metaKey) return;
  const key = e.key;
  if ((key === 'z' || key === 'Z') && e.ctrlKey) {
    if (canUndo) post({ type: 'undo' });
    e.preventDefault();
    return;
  }
  if (e.ctrlKey) return;
  if (showing === 'card' && !revealed && (key === ' ' || key === 'Enter')) {
    e.preventDefault();
    doReveal();
  } else if (showing === 'card' && key === ' ') {
    // Space only reveals: it must not also press the focused grade button.
    e.preventDefault();
  } else if (showing === 'card' && revealed && key >= '1' && key <= '4') {
    e.preventDefault();
    doGrade(Number(key) as QuizGrade);
  } else if ((key === 'u' || key === 'U') && canUndo && (showing === 'card' || showing === 'summary')) {
    e.preventDefault();
    post({ type: 'undo' });
  } else if ((key === 'o' || key === 'O') && showing === 'card') {
    e.preventDefault();
    post({ type: 'open' });
  }
});

post({ type: 'ready' });
