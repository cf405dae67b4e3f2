import * as vscode from 'vscode';
import type { NoteModels } from '../notes/noteModels';
import { createNoteRenderer } from '../../core/markdown';
import { mathMacros } from '../config';

const FONT_FOLDER = 'katex-fonts';

/**
 * Writes `<note>.html` beside the note: one HTML file with KaTeX's CSS and the preview's CSS
 * inlined, and KaTeX's fonts copied to `katex-fonts/` next to it, so it renders the same
 * offline. Only vscode.workspace.fs is used, so it works in VS Code for the Web as well.
 */
export async function exportHtml(extensionUri: vscode.Uri, notes: NoteModels, document: vscode.TextDocument): Promise<vscode.Uri> {
  const fs = vscode.workspace.fs;
  const decoder = new TextDecoder();
  const media = vscode.Uri.joinPath(extensionUri, 'media');
  const katexCss = decoder.decode(await fs.readFile(vscode.Uri.joinPath(media, 'katex', 'katex.min.css')));
  const previewCss = decoder.decode(await fs.readFile(vscode.Uri.joinPath(media, 'preview.css')));

  // Every browser that opens the file reads woff2, so the woff/ttf fallbacks are dropped
  // rather than copied (a third of the size). The font list comes from the CSS itself: the
  // extension's folder cannot be listed over http in the web.
  const fontCss = katexCss
    .replace(/,\s*url\(fonts\/[^)]+\.(?:woff|ttf)\)\s*format\("(?:woff|truetype)"\)/g, '')
    .replace(/url\(fonts\//g, `url(${FONT_FOLDER}/`);
  const fonts = new Set([...fontCss.matchAll(new RegExp(`url\\(${FONT_FOLDER}/([^)]+)\\)`, 'g'))].map((m) => m[1]));

  const noteFolder = vscode.Uri.joinPath(document.uri, '..');
  const fontFolder = vscode.Uri.joinPath(noteFolder, FONT_FOLDER);
  await fs.createDirectory(fontFolder);
  await Promise.all([...fonts].map(async (name) => {
    await fs.writeFile(vscode.Uri.joinPath(fontFolder, name), await fs.readFile(vscode.Uri.joinPath(media, 'katex', 'fonts', name)));
  }));

  const model = notes.get(document);
  const fileName = document.uri.path.replace(/.*\//, '');
  const title = model.topics[0]?.title || fileName.replace(/\.[^.]+$/, '');
  // A renderer of its own: links and images stay relative, which is right beside the note.
  const renderer = createNoteRenderer({
    macros: mathMacros(document.uri),
    parseOptions: notes.parseOptions(),
  });
  const html = renderer.renderDocument(document.getText(), { title, css: `${fontCss}\n${previewCss}` });
  const target = vscode.Uri.joinPath(noteFolder, fileName.replace(/\.(md|markdown)$/i, '') + '.html');
  await fs.writeFile(target, new TextEncoder().encode(html));
  return target;
}
