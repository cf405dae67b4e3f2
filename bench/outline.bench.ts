/**
 * outline: our `parseNote` against VS Code's Markdown language service `getDocumentSymbols`
 * (what fills VS Code's Outline view), on the same ~1 MB note, in the same process.
 *
 * Both sides get the same untimed preparation per iteration: a new `TextDocument` version of
 * the note with its line offsets already computed (as VS Code's incrementally synced
 * documents have them). The service additionally hears about the new version through
 * `onDidChangeMarkdownDocument` — its caches are keyed by URI and reset only by that event,
 * and its parser's token cache is keyed by URI + version — so every timed call does the full
 * work: one markdown-it parse, the table of contents, and (as VS Code requests it) the link
 * definitions. Parse counts are checked after timing to prove no call was served from cache.
 *
 * The service is timed as VS Code runs it (markdown-it 14.1.0 sources with VS Code's plugins,
 * tokens shipped as JSON: the reference), and for the breakdown in one process without the
 * JSON round trip (see vscodeMarkdown.ts).
 */
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { IMdLanguageService } from 'vscode-markdown-languageservice';
import { URI } from 'vscode-uri';
import { parseNote } from '../src/core/notes/parser';
import type { BenchEntry, BenchResult, BenchTarget } from './harness';
import { formatMs, formatTable, measureInterleaved, timedCase, TIMING_HEADER, timingCells, verdict, type TimedCase } from './stats';
import { createMarkdownService, createVsCodeMarkdownIt, NEVER_CANCELLED, type MarkdownService } from './vscodeMarkdown';

/** Targets: ours fast in absolute terms, and far faster than the service. */
const TARGET_OURS_MEDIAN_MS = 5;
const TARGET_RATIO = 25;

type DocumentSymbol = Awaited<ReturnType<IMdLanguageService['getDocumentSymbols']>>[number];

/** SymbolKind values the service uses: String for headers, Constant for link definitions. */
const SYMBOL_KIND_STRING = 15;
const SYMBOL_KIND_CONSTANT = 14;

/** Every symbol in the tree, depth first. */
function flatten(symbols: readonly DocumentSymbol[]): DocumentSymbol[] {
  const out: DocumentSymbol[] = [];
  const walk = (list: readonly DocumentSymbol[]): void => {
    for (const s of list) {
      out.push(s);
      if (s.children) walk(s.children);
    }
  };
  walk(symbols);
  return out;
}

export const outlineBench: BenchEntry = {
  name: 'outline',
  description: 'parseNote vs vscode-markdown-languageservice getDocumentSymbols',

  async run(ctx): Promise<BenchResult> {
    const { text, stats } = ctx.note();
    const uri = URI.file('/bench/note.md').toString();

    let version = 0;
    /** A fresh document version with line offsets computed (`lineCount` forces them). */
    const freshDoc = (): TextDocument => {
      const doc = TextDocument.create(uri, 'markdown', ++version, text);
      void doc.lineCount;
      return doc;
    };

    /** getDocumentSymbols, each call on a new version announced to the service. */
    let serviceCalls = 0;
    const serviceCase = (svc: MarkdownService, includeLinkDefinitions: boolean): TimedCase =>
      timedCase(
        () => {
          serviceCalls++;
          const doc = freshDoc();
          svc.workspace.set(doc);
          return doc;
        },
        (doc) => svc.service.getDocumentSymbols(doc, { includeLinkDefinitions }, NEVER_CANCELLED),
      );

    const vscode = createMarkdownService();
    const noRoundTrip = createMarkdownService(false);

    // One untimed call each, for the sanity counts.
    const model = parseNote(freshDoc().getText());
    const firstDoc = freshDoc();
    vscode.workspace.set(firstDoc);
    const symbols = flatten(await vscode.service.getDocumentSymbols(firstDoc, { includeLinkDefinitions: true }, NEVER_CANCELLED));
    const headerSymbols = symbols.filter((s) => s.kind === SYMBOL_KIND_STRING).length;
    const linkSymbols = symbols.filter((s) => s.kind === SYMBOL_KIND_CONSTANT).length;
    const ourHeadings = model.topics.filter((t) => t.kind !== 'pseudo').length;
    const ourPseudo = model.topics.length - ourHeadings;

    console.log('\nSanity: what each side found in one call');
    console.log(formatTable([
      ['  ours: topics', `${model.topics.length} (${ourHeadings} headings + ${ourPseudo} pseudo-headings)`],
      ['  ours: questions / definitions / formulas', `${model.questions.length} / ${model.definitions.length} / ${model.math.length}`],
      ['  service: symbols, flattened', `${symbols.length} (${headerSymbols} headers + ${linkSymbols} link definitions)`],
      ['  generated: topics', `${stats.headings} headings + ${stats.pseudoHeadings} pseudo-headings`],
      ['  generated: questions / definitions / formulas',
        `${stats.questions} blocks + ${stats.questionHeadings} headings / ${stats.definitions} list items / ${stats.formulas}`],
    ], 'll'));
    const headingsAgree = ourHeadings === headerSymbols && headerSymbols === stats.headings;
    console.log(`  headings agree (ours = service = generated): ${headingsAgree ? 'yes' : 'NO'}`);

    console.log('\nTiming (interleaved; each run sees a new document version; preparation untimed on both sides)');
    const parsesBefore = vscode.parser.parses + noRoundTrip.parser.parses;
    const callsBefore = serviceCalls;
    const md = createVsCodeMarkdownIt();
    const [ours, full, inProcess, tokenizeOnly] = await measureInterleaved([
      timedCase(freshDoc, (doc) => parseNote(doc.getText())),
      serviceCase(vscode, true),
      // Breakdown of the service's time.
      serviceCase(noRoundTrip, true),
      timedCase(freshDoc, (doc) => md.parse(doc.getText(), {})),
    ], ctx.measure);
    const parses = vscode.parser.parses + noRoundTrip.parser.parses - parsesBefore;
    const calls = serviceCalls - callsBefore;
    const noCacheHits = parses === calls;

    console.log(formatTable([
      [...TIMING_HEADER],
      timingCells('  ours: parseNote', ours),
      timingCells('  service: getDocumentSymbols, as VS Code calls it', full),
      timingCells('    without the JSON round trip of tokens', inProcess),
      timingCells('    markdown-it parse alone', tokenizeOnly),
    ]));
    console.log(`  service parses: ${parses} for ${calls} calls ` +
      `(${noCacheHits ? 'every call parsed afresh' : 'CACHE HIT: service numbers invalid'})`);

    const ratio = full.median / ours.median;
    const targets: BenchTarget[] = [
      { label: `ours median ≤ ${TARGET_OURS_MEDIAN_MS} ms`, passed: ours.median <= TARGET_OURS_MEDIAN_MS },
      { label: `service/ours ≥ ${TARGET_RATIO}×`, passed: ratio >= TARGET_RATIO },
    ];
    if (!headingsAgree || !noCacheHits) targets.push({ label: 'sanity checks', passed: false });

    console.log('\nResult');
    console.log(formatTable([
      ['  ours median', `${formatMs(ours.median)} ms`, `target ≤ ${TARGET_OURS_MEDIAN_MS} ms`, verdict(targets[0].passed)],
      ['  service median', `${formatMs(full.median)} ms`, '', ''],
      ['  ratio service / ours', `${ratio.toFixed(1)}×`, `target ≥ ${TARGET_RATIO}×`, verdict(targets[1].passed)],
      ['  ratio, service without the JSON round trip', `${(inProcess.median / ours.median).toFixed(1)}×`, 'informational', ''],
    ], 'lrll'));

    return {
      summary: `outline: ours ${formatMs(ours.median)} ms, service ${formatMs(full.median)} ms, ratio ${ratio.toFixed(1)}×`,
      targets,
    };
  },
};
