/**
 * The review log on disk: `.research-notes/reviews.jsonl` in the (first) workspace folder, read
 * and written through `workspace.fs` so it works in VS Code for the Web. Every append re-reads
 * the file, adds our lines to whatever is there (another window's lines included), writes a
 * temporary file beside it and renames it over the log, then reads it back to check that our
 * lines made it (and tries again if another window's rename won the race). Writers take turns
 * through a lock file beside the log (`.reviews.jsonl.lock`, created by renaming a temporary file
 * onto it without overwriting, confirmed by reading it back; one older than STALE_LOCK_MS is a
 * crashed writer's and is removed), so one window's rename cannot land after another's check
 * and drop its line. A crash leaves either the old file or the new one, never half of it. Lines that cannot be parsed are
 * reported once and never dropped. When the workspace cannot be written the log lives in the
 * extension's global storage instead, and the user is told so once.
 */
import * as vscode from 'vscode';
import { formatRecord, mergeAppend, parseLog, type LogLine, type ParsedLog } from '../../core/quiz/reviewLog';

export const LOG_FOLDER = '.research-notes';
export const LOG_NAME = 'reviews.jsonl';
const RETRIES = 3;
/** A lock file older than this was left by a writer that died (a write takes milliseconds). */
export const STALE_LOCK_MS = 10_000;
/** How long to wait for the lock before taking it anyway (the verify-and-retry still guards). */
const LOCK_WAIT_MS = 15_000;
/** Pause between writing our lock and reading it back: a rival's rename in flight lands first. */
const LOCK_SETTLE_MS = 15;

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

const EMPTY: ParsedLog = { records: [], undos: [], problems: [] };

function isNotFound(error: unknown): boolean {
  return error instanceof vscode.FileSystemError && (error.code === 'FileNotFound' || error.code === 'EntryNotFound');
}

export class ReviewStore implements vscode.Disposable {
  private log: ParsedLog = EMPTY;
  private uri: vscode.Uri | undefined;
  private usingFallback = false;
  private readonly fixed: vscode.Uri | undefined;
  /** In fallback mode: the workspace's log, read but never written. */
  private readOnlyLog: vscode.Uri | undefined;
  private fallbackSaid = false;
  private readonly reported = new Set<string>();
  /** Every warning about bad lines shown so far (each bad line is reported once). */
  readonly warnings: string[] = [];
  private queue: Promise<unknown> = Promise.resolve();
  private readonly emitter = new vscode.EventEmitter<void>();
  private readonly subscriptions: vscode.Disposable[] = [];
  private watcher: vscode.FileSystemWatcher | undefined;
  private reloadTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly decoder = new TextDecoder('utf-8');
  private readonly encoder = new TextEncoder();
  /** Fires after the log was (re)loaded or appended to. */
  readonly onDidChange = this.emitter.event;
  /** Resolves once the log was read for the first time. */
  readonly ready: Promise<void>;

  /**
   * `globalStorage`: where the log goes when the workspace cannot be written. `log`: the
   * workspace log's location (default `.research-notes/reviews.jsonl` in the first folder;
   * tests pass another).
   */
  constructor(private readonly globalStorage: vscode.Uri, log?: vscode.Uri, private readonly staleLockMs = STALE_LOCK_MS) {
    this.fixed = log;
    this.uri = this.workspaceLog();
    if (!this.uri) this.useFallback(vscode.l10n.t('there is no workspace folder'));
    else if (vscode.workspace.fs.isWritableFileSystem(this.uri.scheme) === false) this.useFallback(vscode.l10n.t('the workspace is read-only'));
    this.watch();
    this.subscriptions.push(this.emitter, new vscode.Disposable(() => clearTimeout(this.reloadTimer)),
      vscode.workspace.onDidChangeWorkspaceFolders(() => {
        if (this.usingFallback) return;
        this.uri = this.workspaceLog();
        this.watch();
        void this.reload();
      }));
    this.ready = this.reload().then(() => this.removeStaleTemps());
  }

  /**
   * Removes temporary files a crash left beside the log (older than ten minutes, so that
   * another window's write in progress is never touched).
   */
  private async removeStaleTemps(): Promise<void> {
    if (!this.uri) return;
    const folder = vscode.Uri.joinPath(this.uri, '..');
    try {
      for (const [name] of await vscode.workspace.fs.readDirectory(folder)) {
        if (!name.startsWith(`.${LOG_NAME}.`) || !name.endsWith('.tmp')) continue;
        const temp = vscode.Uri.joinPath(folder, name);
        const stat = await vscode.workspace.fs.stat(temp);
        if (Date.now() - stat.mtime > 10 * 60_000) await vscode.workspace.fs.delete(temp);
      }
    } catch {
      // No folder yet, or not ours to clean: nothing to do.
    }
  }

  /** Where the log is read from and written to. */
  get location(): vscode.Uri | undefined {
    return this.uri;
  }

  /** True when the log lives in the extension's storage because the workspace cannot be written. */
  get isFallback(): boolean {
    return this.usingFallback;
  }

  /** The log as last read: valid records (undos applied), undo lines and problem lines. */
  get current(): ParsedLog {
    return this.log;
  }

  private workspaceLog(): vscode.Uri | undefined {
    if (this.fixed) return this.fixed;
    const folder = vscode.workspace.workspaceFolders?.[0];
    return folder ? vscode.Uri.joinPath(folder.uri, LOG_FOLDER, LOG_NAME) : undefined;
  }

  private useFallback(why: string): void {
    // A read-only workspace may still hold a log (a clone, a virtual repository): keep reading
    // its history; new reviews go to the fallback file.
    if (this.uri && !this.usingFallback) this.readOnlyLog = this.uri;
    this.usingFallback = true;
    this.uri = vscode.Uri.joinPath(this.globalStorage, LOG_NAME);
    if (!this.fallbackSaid) {
      this.fallbackSaid = true;
      void vscode.window.showWarningMessage(vscode.l10n.t('Research Notes: reviews are kept in the extension\'s storage because {0}; they will not travel with the notes.', why));
    }
  }

  /** Reloads when the file changes outside this window (git pull, another window). */
  private watch(): void {
    this.watcher?.dispose();
    this.watcher = undefined;
    if (!this.uri || this.usingFallback) return;
    const folder = vscode.workspace.workspaceFolders?.[0];
    if (!folder) return;
    const pattern = this.fixed
      ? new vscode.RelativePattern(vscode.Uri.joinPath(this.fixed, '..'), this.fixed.path.slice(this.fixed.path.lastIndexOf('/') + 1))
      : new vscode.RelativePattern(folder, `${LOG_FOLDER}/${LOG_NAME}`);
    this.watcher = vscode.workspace.createFileSystemWatcher(pattern);
    const later = (): void => {
      clearTimeout(this.reloadTimer);
      this.reloadTimer = setTimeout(() => void this.reload(), 100);
    };
    this.watcher.onDidChange(later);
    this.watcher.onDidCreate(later);
    this.watcher.onDidDelete(later);
  }

  private async readText(uri: vscode.Uri): Promise<string> {
    try {
      return this.decoder.decode(await vscode.workspace.fs.readFile(uri));
    } catch (error) {
      if (isNotFound(error)) return '';
      throw error;
    }
  }

  /** Reads the log again (serialised with appends). */
  reload(): Promise<void> {
    const run = this.queue.then(async () => {
      if (!this.uri) return;
      try {
        await this.setLog(await this.readText(this.uri));
      } catch (error) {
        void vscode.window.showErrorMessage(vscode.l10n.t('Research Notes: cannot read the review log: {0}', error instanceof Error ? error.message : String(error)));
      }
    });
    this.queue = run.catch(() => undefined);
    return run;
  }

  /** Parses the log's `text` (plus, in fallback mode, the workspace's read-only log) and reports new bad lines. */
  private async setLog(text: string): Promise<void> {
    let extra = '';
    if (this.readOnlyLog) extra = await this.readText(this.readOnlyLog).catch(() => '');
    const own = parseLog(text);
    this.log = extra === '' ? own : { ...parseLog(`${extra}${extra.endsWith('\n') ? '' : '\n'}${text}`), problems: own.problems };
    this.report(this.uri, own.problems);
    if (extra !== '') this.report(this.readOnlyLog, parseLog(extra).problems);
    this.emitter.fire();
  }

  private report(uri: vscode.Uri | undefined, problems: ParsedLog['problems']): void {
    if (!uri) return;
    // The same bad line is reported once, even when its message changes (a cut-off last line is
    // "incomplete" until something is appended after it, then "not valid JSON").
    const key = (p: ParsedLog['problems'][number]): string => `${uri.toString()}\u0000${p.line}\u0000${p.text ?? p.message}`;
    const fresh = problems.filter((p) => !this.reported.has(key(p)));
    for (const p of fresh) this.reported.add(key(p));
    if (fresh.length > 0) {
      const detail = fresh.slice(0, 5).map((p) => vscode.l10n.t('line {0}: {1}', p.line, p.message)).join('; ');
      this.warnings.push(vscode.l10n.t('Research Notes: {0} line(s) of {1} cannot be read and are skipped (they stay in the file): {2}',
        fresh.length, vscode.workspace.asRelativePath(uri, false), detail + (fresh.length > 5 ? '; …' : '')));
      void vscode.window.showWarningMessage(this.warnings[this.warnings.length - 1]);
    }
  }

  /** Appends `lines` to the log, merging with whatever another writer added meanwhile. */
  append(lines: readonly LogLine[]): Promise<void> {
    const run = this.queue.then(() => this.appendNow(lines));
    this.queue = run.catch(() => undefined);
    return run;
  }

  private async appendNow(lines: readonly LogLine[]): Promise<void> {
    try {
      await this.write(lines);
    } catch (error) {
      if (this.usingFallback) throw error;
      // The workspace refused the write: keep the review in the extension's storage.
      this.useFallback(vscode.l10n.t('writing {0} failed ({1})', LOG_FOLDER, error instanceof Error ? error.message : String(error)));
      this.watch();
      await this.write(lines);
    }
  }

  /**
   * Takes the lock beside `target`; returns the function that releases it. A lock is ours when
   * the rename without overwrite succeeded and the file still holds our token a moment later.
   */
  private async lock(target: vscode.Uri): Promise<() => Promise<void>> {
    const folder = vscode.Uri.joinPath(target, '..');
    const name = target.path.slice(target.path.lastIndexOf('/') + 1);
    const lockUri = vscode.Uri.joinPath(folder, `.${name}.lock`);
    const token = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
    const release = async (): Promise<void> => {
      // Only our own lock: a stale-lock removal by another window may have replaced it.
      if ((await this.readText(lockUri).catch(() => '')) === token) await vscode.workspace.fs.delete(lockUri).then(undefined, () => undefined);
    };
    const deadline = Date.now() + LOCK_WAIT_MS;
    for (let attempt = 0; Date.now() < deadline; attempt++) {
      const temp = vscode.Uri.joinPath(folder, `.${name}.${token}.lock.tmp`);
      await vscode.workspace.fs.writeFile(temp, this.encoder.encode(token));
      try {
        await vscode.workspace.fs.rename(temp, lockUri, { overwrite: false });
        await sleep(LOCK_SETTLE_MS);
        if ((await this.readText(lockUri)) === token) return release;
      } catch {
        await vscode.workspace.fs.delete(temp).then(undefined, () => undefined);
        // Held by another writer: remove it if it is stale, else wait a little (with jitter).
        try {
          const stat = await vscode.workspace.fs.stat(lockUri);
          if (Date.now() - stat.mtime > this.staleLockMs) {
            const held = await this.readText(lockUri);
            const again = await vscode.workspace.fs.stat(lockUri);
            if (again.mtime === stat.mtime && (await this.readText(lockUri)) === held) await vscode.workspace.fs.delete(lockUri);
            continue;
          }
        } catch {
          continue; // Released meanwhile: try again at once.
        }
      }
      await sleep(Math.min(200, 5 * 2 ** Math.min(attempt, 5)) + Math.random() * 10);
    }
    // Waited long enough: write without the lock (the read-back check below still guards our lines).
    return async () => undefined;
  }

  private async write(lines: readonly LogLine[]): Promise<void> {
    const target = this.uri;
    if (!target) throw new Error('no review log location');
    const folder = vscode.Uri.joinPath(target, '..');
    await vscode.workspace.fs.createDirectory(folder);
    const unlock = await this.lock(target);
    try {
      await this.writeLocked(target, folder, lines);
    } finally {
      await unlock();
    }
  }

  private async writeLocked(target: vscode.Uri, folder: vscode.Uri, lines: readonly LogLine[]): Promise<void> {
    const wanted = lines.map((l) => formatRecord(l).trim());
    for (let attempt = 0; attempt < RETRIES; attempt++) {
      const current = await this.readText(target);
      const next = mergeAppend(current, lines);
      if (next !== current) {
        const temp = vscode.Uri.joinPath(folder, `.${LOG_NAME}.${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}.tmp`);
        await vscode.workspace.fs.writeFile(temp, this.encoder.encode(next));
        // Re-read just before the rename: another window may have appended while we wrote.
        const latest = await this.readText(target);
        if (latest !== current) await vscode.workspace.fs.writeFile(temp, this.encoder.encode(mergeAppend(latest, lines)));
        await vscode.workspace.fs.rename(temp, target, { overwrite: true });
      }
      const written = await this.readText(target);
      const present = new Set(written.split(/\r?\n/).map((l) => l.trim()));
      if (wanted.every((w) => present.has(w))) {
        await this.setLog(written);
        return;
      }
      // Another window renamed its file over ours after reading the old text: add ours again.
    }
    throw new Error('the review log kept changing under us');
  }

  dispose(): void {
    this.watcher?.dispose();
    for (const d of this.subscriptions) d.dispose();
  }
}
