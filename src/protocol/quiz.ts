/**
 * Messages between the quiz panel's host side (src/host/quiz) and its webview
 * (src/webview/quiz). Plain data only: both sides import this file.
 */

export const QUIZ_VIEW_TYPE = 'researchNotes.quiz';

export type QuizGrade = 1 | 2 | 3 | 4;

/** Every text the webview shows, localised by the host. */
export interface QuizLabels {
  readonly reveal: string;
  readonly again: string;
  readonly hard: string;
  readonly good: string;
  readonly easy: string;
  readonly openInNote: string;
  readonly undo: string;
  readonly progress: string;
  readonly summaryTitle: string;
  readonly gradesTitle: string;
  readonly retention: string;
  readonly forecastTitle: string;
  readonly today: string;
  readonly reviewed: string;
  readonly time: string;
  readonly close: string;
  readonly keysHelp: string;
  readonly empty: string;
  /** The badge of a card never graded. */
  readonly newCard: string;
}

/** One card as the panel shows it: both sides already rendered to HTML by the host. */
export interface QuizCardView {
  readonly id: string;
  readonly kind: string;
  readonly frontHtml: string;
  readonly backHtml: string;
  /** Note path and topic path, for the line above the card. */
  readonly breadcrumbs: readonly string[];
  /** The next interval each grade gives, as text ("10 min", "3 d"). */
  readonly intervals: Readonly<Record<QuizGrade, string>>;
  /** True for a card never graded before. */
  readonly isNew: boolean;
}

export interface QuizSummaryView {
  readonly title: string;
  /** How many cards got each grade this session. */
  readonly grades: Readonly<Record<QuizGrade, number>>;
  /** Share of grades other than Again, 0–1 (undefined when nothing was graded). */
  readonly retention: number | undefined;
  /** Cards due on each of the next 14 days (index 0 = today). */
  readonly forecast: readonly number[];
  /** Day labels under the forecast bars. */
  readonly forecastDays: readonly string[];
  /** Mock interview: seconds spent per question, in order. */
  readonly times?: readonly { readonly front: string; readonly seconds: number; readonly grade: QuizGrade }[];
}

export type HostToQuizWebview =
  | {
    readonly type: 'card';
    readonly title: string;
    readonly labels: QuizLabels;
    readonly card: QuizCardView;
    /** 0-based position and total, for the progress bar. */
    readonly position: number;
    readonly total: number;
    /** Whether undo has something to take back. */
    readonly canUndo: boolean;
    /** Mock interview: show a running timer per question. */
    readonly timed: boolean;
  }
  | { readonly type: 'summary'; readonly labels: QuizLabels; readonly summary: QuizSummaryView; readonly canUndo: boolean }
  | { readonly type: 'empty'; readonly labels: QuizLabels; readonly message: string };

export type QuizWebviewToHost =
  | { readonly type: 'ready' }
  | { readonly type: 'reveal' }
  /** `ms`: time from showing the card to the grade. */
  | { readonly type: 'grade'; readonly grade: QuizGrade; readonly ms: number }
  | { readonly type: 'undo' }
  | { readonly type: 'open' }
  | { readonly type: 'close' };

/** Type guard for messages from the (untrusted) webview. */
export function isQuizWebviewToHost(value: unknown): value is QuizWebviewToHost {
  if (!value || typeof value !== 'object') return false;
  const m = value as { type?: unknown; grade?: unknown; ms?: unknown };
  switch (m.type) {
    case 'ready':
    case 'reveal':
    case 'undo':
    case 'open':
    case 'close':
      return true;
    case 'grade':
      return (m.grade === 1 || m.grade === 2 || m.grade === 3 || m.grade === 4) && typeof m.ms === 'number' && Number.isFinite(m.ms) && m.ms >= 0;
    default:
      return false;
  }
}
