// esbuild bundles .md fixtures for the in-host tests as text (loader in esbuild.mjs).
declare module '*.md' {
  const text: string;
  export default text;
}
