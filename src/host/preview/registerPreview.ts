import * as vscode from 'vscode';
import { PREVIEW_VIEW_TYPE, type PreviewState } from '../../protocol/preview';
import type { NoteModels } from '../notes/noteModels';
import { exportHtml } from './exportHtml';
import { PreviewManager } from './previewManager';

/** The preview as the extension's API hands it to the in-host tests. */
export interface Preview {
  readonly manager: PreviewManager;
  /** Same as the `researchNotes.exportHtml` command without the message; returns the written file. */
  exportHtml(uri: vscode.Uri): Promise<vscode.Uri>;
}

/** Registers the preview: its commands, the panel serializer and the export. */
export function registerPreview(context: vscode.ExtensionContext, notes: NoteModels): Preview {
  const manager = new PreviewManager(context.extensionUri, notes);
  context.subscriptions.push(manager);

  /** The note a command acts on: an explicit uri (menus), else the active note, else the previewed one. */
  const targetNote = (uri: unknown): vscode.Uri | undefined => {
    if (uri instanceof vscode.Uri) return uri;
    const doc = vscode.window.activeTextEditor?.document;
    if (doc?.languageId === 'markdown') return doc.uri;
    return manager.documentUri;
  };
  const open = async (uri: unknown, toSide: boolean): Promise<void> => {
    const note = targetNote(uri);
    if (!note) {
      void vscode.window.showInformationMessage(vscode.l10n.t('Open a Markdown note to preview it.'));
      return;
    }
    await manager.show(note, toSide);
  };
  const runExport = async (uri: vscode.Uri): Promise<vscode.Uri> =>
    exportHtml(context.extensionUri, notes, await vscode.workspace.openTextDocument(uri));

  context.subscriptions.push(
    vscode.commands.registerCommand('researchNotes.openPreview', (uri?: unknown) => open(uri, false)),
    vscode.commands.registerCommand('researchNotes.openPreviewToSide', (uri?: unknown) => open(uri, true)),
    vscode.commands.registerCommand('researchNotes.togglePreviewLock', () => manager.toggleLock()),
    vscode.commands.registerCommand('researchNotes.exportHtml', async (uri?: unknown) => {
      const note = targetNote(uri);
      if (!note) {
        void vscode.window.showInformationMessage(vscode.l10n.t('Open a Markdown note to export it.'));
        return;
      }
      try {
        const written = await runExport(note);
        const openAction = vscode.l10n.t('Open');
        const choice = await vscode.window.showInformationMessage(vscode.l10n.t('Exported {0}', written.path.replace(/.*\//, '')), openAction);
        if (choice === openAction) {
          // A browser shows the page as it is meant to be seen; in the web there is no local
          // browser for an in-memory file, so VS Code opens it.
          if (written.scheme === 'file') await vscode.env.openExternal(written);
          else await vscode.commands.executeCommand('vscode.open', written);
        }
      } catch (error) {
        void vscode.window.showErrorMessage(vscode.l10n.t('Research Notes: {0}', error instanceof Error ? error.message : String(error)));
      }
    }),
    vscode.window.registerWebviewPanelSerializer(PREVIEW_VIEW_TYPE, {
      deserializeWebviewPanel: async (panel: vscode.WebviewPanel, state: unknown) => {
        manager.restore(panel, state as PreviewState | undefined);
      },
    }),
  );
  return { manager, exportHtml: runExport };
}
