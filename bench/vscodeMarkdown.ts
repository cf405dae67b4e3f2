/**
 * VS Code's Markdown language service, set up in-process the way VS Code's built-in Markdown
 * extension sets it up, so benchmarks compare against what users actually get:
 *
 * - parser: markdown-it with the options of VS Code's `MarkdownItEngine` (html, linkify with
 *   fuzzy links off, no breaks, no typographer), its `source_map_data_attribute` core rule
 *   (which runs during parsing, not only rendering), its token cache keyed by URI + version,
 *   and the service's own `githubSlugifier`;
 * - workspace: an in-memory `IWorkspace` that fires `onDidChangeMarkdownDocument` when a
 *   document gets a new version, as VS Code's server workspace does on `didChange`; the
 *   service's per-document caches are keyed by URI and only reset by that event.
 *
 * Like VS Code, the parser runs the front-matter rule and the KaTeX parse rules of the
 * built-in Markdown Math extension, and tokens travel as JSON (the server asks the extension
 * host to tokenize). Left out, in the service's favour: the IPC transport itself.
 *
 * The markdown-it is the one VS Code bundles, and the one the project uses too: version 14.1.0
 * from its ES module sources (`index.mjs`, `lib/*.mjs`).
 */
import markdownIt, { type MarkdownIt, type Token as MdToken } from 'markdown-it';
import markdownItKatex from '@vscode/markdown-it-katex';
import markdownItFrontMatter from 'markdown-it-front-matter';
import {
  createLanguageService,
  githubSlugifier,
  LogLevel,
  type FileStat,
  type IMdLanguageService,
  type IMdParser,
  type ITextDocument,
  type IWorkspace,
  type Token,
} from 'vscode-markdown-languageservice';
import { URI } from 'vscode-uri';

/** markdown-it configured like VS Code's MarkdownItEngine with default settings. */
export function createVsCodeMarkdownIt(): MarkdownIt {
  const md = new markdownIt({ html: true, breaks: false, linkify: true, typographer: false });
  md.linkify.set({ fuzzyLink: false });
  // The plugins VS Code's engine always has: front matter (built in) and, from the built-in
  // Markdown Math extension (on by default), KaTeX's parse rules with its options.
  md.use(markdownItFrontMatter, () => {});
  md.use(markdownItKatex, { enableFencedBlocks: true, globalGroup: true });
  // VS Code's engine tags every block token with its source line while parsing; the tokens the
  // language service receives carry these attributes, so the work is part of tokenizing.
  md.core.ruler.push('source_map_data_attribute', (state) => {
    for (const token of state.tokens) {
      if (token.map && token.type !== 'inline') {
        token.attrSet('data-line', String(token.map[0]));
        token.attrJoin('class', 'code-line');
        token.attrJoin('dir', 'auto');
      }
    }
  });
  return md;
}

/**
 * The service's parser as VS Code wires it: the language server asks the extension host to
 * tokenize (a JSON-RPC request), the host's engine parses once per URI + version and caches
 * the tokens, and every request ships them back as JSON. `roundTrip: false` leaves the JSON
 * out, for the breakdown.
 */
export class VsCodeLikeParser implements IMdParser {
  readonly slugifier = githubSlugifier;
  /** Number of real markdown-it parses, to check that no timed call was served from cache. */
  parses = 0;
  private cached: { uri: string; version: number; tokens: MdToken[] } | undefined;

  constructor(private readonly md: MarkdownIt, private readonly roundTrip = true) {}

  async tokenize(document: ITextDocument): Promise<Token[]> {
    let c = this.cached;
    if (!c || c.uri !== document.uri || c.version !== document.version) {
      this.parses++;
      c = this.cached = { uri: document.uri, version: document.version, tokens: this.md.parse(document.getText(), {}) };
    }
    return this.roundTrip ? JSON.parse(JSON.stringify(c.tokens)) : c.tokens;
  }
}

type Listener<T> = (e: T) => unknown;
interface Disposable {
  dispose(): void;
}

/** The minimal event emitter the `IWorkspace` events need (`thisArgs` included: the service uses it). */
class Emitter<T> {
  private readonly listeners = new Set<Listener<T>>();

  readonly event = (listener: Listener<T>, thisArgs?: unknown, disposables?: Disposable[]): Disposable => {
    const bound: Listener<T> = thisArgs === undefined ? listener : listener.bind(thisArgs);
    this.listeners.add(bound);
    const d = { dispose: () => void this.listeners.delete(bound) };
    disposables?.push(d);
    return d;
  };

  fire(e: T): void {
    for (const l of [...this.listeners]) l(e);
  }
}

/** An in-memory workspace holding Markdown documents under one root folder. */
export class MemoryWorkspace implements IWorkspace {
  private readonly docs = new Map<string, ITextDocument>();
  private readonly changed = new Emitter<ITextDocument>();
  private readonly created = new Emitter<ITextDocument>();
  private readonly deleted = new Emitter<URI>();

  readonly onDidChangeMarkdownDocument = this.changed.event;
  readonly onDidCreateMarkdownDocument = this.created.event;
  readonly onDidDeleteMarkdownDocument = this.deleted.event;

  constructor(private readonly root: URI = URI.file('/bench')) {}

  get workspaceFolders(): readonly URI[] {
    return [this.root];
  }

  /** Adds a document or replaces it with a new version, firing the matching event. */
  set(doc: ITextDocument): void {
    const isNew = !this.docs.has(doc.uri);
    this.docs.set(doc.uri, doc);
    (isNew ? this.created : this.changed).fire(doc);
  }

  delete(uri: URI): void {
    if (this.docs.delete(uri.toString())) this.deleted.fire(uri);
  }

  async getAllMarkdownDocuments(): Promise<Iterable<ITextDocument>> {
    return [...this.docs.values()];
  }

  hasMarkdownDocument(resource: URI): boolean {
    return this.docs.has(resource.toString());
  }

  async openMarkdownDocument(resource: URI): Promise<ITextDocument | undefined> {
    return this.docs.get(resource.toString());
  }

  async stat(resource: URI): Promise<FileStat | undefined> {
    const key = resource.toString();
    if (this.docs.has(key)) return { isDirectory: false };
    const prefix = key.endsWith('/') ? key : key + '/';
    for (const uri of this.docs.keys()) if (uri.startsWith(prefix)) return { isDirectory: true };
    return undefined;
  }

  async readDirectory(resource: URI): Promise<Iterable<readonly [string, FileStat]>> {
    const key = resource.toString();
    const prefix = key.endsWith('/') ? key : key + '/';
    const entries = new Map<string, FileStat>();
    for (const uri of this.docs.keys()) {
      if (!uri.startsWith(prefix)) continue;
      const rest = uri.slice(prefix.length);
      const slash = rest.indexOf('/');
      if (slash < 0) entries.set(rest, { isDirectory: false });
      else entries.set(rest.slice(0, slash), { isDirectory: true });
    }
    return entries;
  }
}

export type CancellationToken = Parameters<IMdLanguageService['getDocumentSymbols']>[2];

/** A token that is never cancelled (what `CancellationToken.None` is in vscode-jsonrpc). */
export const NEVER_CANCELLED: CancellationToken = {
  isCancellationRequested: false,
  onCancellationRequested: () => ({ dispose() {} }),
};

export interface MarkdownService {
  readonly service: IMdLanguageService;
  readonly workspace: MemoryWorkspace;
  readonly parser: VsCodeLikeParser;
}

/**
 * A language service over an empty in-memory workspace, logging off (VS Code's default);
 * `roundTrip` as in {@link VsCodeLikeParser}.
 */
export function createMarkdownService(roundTrip = true): MarkdownService {
  const workspace = new MemoryWorkspace();
  const parser = new VsCodeLikeParser(createVsCodeMarkdownIt(), roundTrip);
  const logger = { level: LogLevel.Off, log() {} };
  const service = createLanguageService({ workspace, parser, logger });
  return { service, workspace, parser };
}
