import * as vscode from 'vscode';

/** A fresh random nonce: one per panel, so that only our own script can run in it. */
export function makeNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * The preview's HTML shell. The note's content never goes in here: it arrives as messages and
 * is patched in by the webview script, so the CSP below covers every byte of the note.
 */
export function previewHtml(webview: vscode.Webview, extensionUri: vscode.Uri, nonce: string): string {
  const asset = (...path: string[]): string => webview.asWebviewUri(vscode.Uri.joinPath(extensionUri, ...path)).toString();
  const csp = [
    "default-src 'none'",
    `script-src 'nonce-${nonce}'`,
    `style-src ${webview.cspSource} 'nonce-${nonce}'`,
    `font-src ${webview.cspSource}`,
    `img-src ${webview.cspSource} https: data:`,
  ].join('; ');
  const lang = vscode.env.language.replace(/[^A-Za-z-]/g, '') || 'en';
  return `<!DOCTYPE html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp};">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" nonce="${nonce}" href="${asset('media', 'katex', 'katex.min.css')}">
<link rel="stylesheet" nonce="${nonce}" href="${asset('media', 'preview.css')}">
</head>
<body>
<main id="rn-root" class="rn-note"></main>
<script nonce="${nonce}" src="${asset('dist', 'webview', 'preview.js')}"></script>
</body>
</html>`;
}
