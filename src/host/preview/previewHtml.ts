import * as vscode from 'vscode';

/** A fresh random nonce: one per panel, so that only our own script can run in it. */
export function makeNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** What goes into a webview's shell: extension-relative paths of its styles and script, and the body's markup. */
export interface WebviewShell {
  readonly styles: readonly string[][];
  readonly script: readonly string[];
  readonly body: string;
}

/**
 * The HTML shell of our webviews (the preview and the quiz). Note content never goes in here:
 * it arrives as messages and is patched in by the webview script, so the CSP below (no inline
 * script or style, scripts only with this panel's nonce) covers every byte of a note.
 */
export function webviewHtml(webview: vscode.Webview, extensionUri: vscode.Uri, nonce: string, shell: WebviewShell): string {
  const asset = (path: readonly string[]): string => webview.asWebviewUri(vscode.Uri.joinPath(extensionUri, ...path)).toString();
  const csp = [
    "default-src 'none'",
    `script-src 'nonce-${nonce}'`,
    `style-src ${webview.cspSource} 'nonce-${nonce}'`,
    `font-src ${webview.cspSource}`,
    `img-src ${webview.cspSource} https: data:`,
  ].join('; ');
  const lang = vscode.env.language.replace(/[^A-Za-z-]/g, '') || 'en';
  const styles = shell.styles.map((s) => `<link rel="stylesheet" nonce="${nonce}" href="${asset(s)}">`).join('\n');
  return `<!DOCTYPE html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp};">
<meta name="viewport" content="width=device-width, initial-scale=1">
${styles}
</head>
<body>
${shell.body}
<script nonce="${nonce}" src="${asset(shell.script)}"></script>
</body>
</html>`;
}

/** The preview's HTML shell. */
export function previewHtml(webview: vscode.Webview, extensionUri: vscode.Uri, nonce: string): string {
  return webviewHtml(webview, extensionUri, nonce, {
    styles: [['media', 'katex', 'katex.min.css'], ['media', 'preview.css']],
    script: ['dist', 'webview', 'preview.js'],
    body: '<main id="rn-root" class="rn-note"></main>',
  });
}
