// `markdown-it-vscode` is markdown-it 14.1.0 installed under another name (an npm alias), the
// version VS Code's Markdown extension bundles; its API is the one @types/markdown-it describes.
declare module 'markdown-it-vscode' {
  import markdownIt from 'markdown-it';
  export default markdownIt;
}
