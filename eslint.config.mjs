// ESLint flat config. The core must stay pure (no 'vscode', no 'node:*'), and the protocol
// and webview code must not reach for 'vscode' either: the boundary is enforced here.
import eslint from '@eslint/js';
import tseslint from 'typescript-eslint';

const nodeBuiltins = ['fs', 'path', 'os', 'url', 'util', 'events', 'stream', 'child_process', 'crypto', 'http', 'https', 'net', 'worker_threads', 'process', 'buffer'];

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'out/', '.vscode-test-web/', '.vscode-test/', 'media/', '**/*.js'] },
  eslint.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      eqeqeq: ['error', 'smart'],
      curly: ['error', 'multi-line'],
    },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: [
          { name: 'vscode', message: 'src/core is pure: reach the host through src/core/ports.ts.' },
          ...nodeBuiltins.map((name) => ({ name, message: 'src/core is pure: no Node built-ins.' })),
        ],
        patterns: [{ group: ['node:*'], message: 'src/core is pure: no Node built-ins.' }],
      }],
    },
  },
  {
    files: ['src/protocol/**/*.ts', 'src/webview/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: [{ name: 'vscode', message: 'Protocol and webview code run outside the extension host.' }],
      }],
    },
  },
  {
    files: ['**/*.mjs'],
    languageOptions: { globals: { console: 'readonly', process: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly', URL: 'readonly' } },
  },
);
