import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test/fixtures/**', '.bench/**', '.vscode-test/**'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['src/engine/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['vscode'], message: 'The engine is pure: no vscode.' },
            { group: ['node:*', 'fs', 'path', 'os', 'crypto', 'child_process', 'worker_threads', 'util'], message: 'The engine is pure: no Node built-ins.' },
            { group: ['**/cli/**', '**/extension/**'], message: 'The engine never imports the adapters.' },
          ],
        },
      ],
      'no-restricted-globals': ['error', 'process', 'Buffer', 'require', '__dirname', '__filename'],
    },
  },
  {
    files: ['src/cli/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['vscode', '**/extension/**'], message: 'The CLI does not use VS Code.' }, { group: ['**/engine/*/**'], message: 'Import the engine through src/engine/index.ts.' }] }],
    },
  },
  {
    files: ['src/extension/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['**/cli/**'], message: 'The extension does not use the CLI.' }, { group: ['**/engine/*/**'], message: 'Import the engine through src/engine/index.ts.' }, { group: ['node:fs', 'fs'], message: 'Read files through vscode.workspace.fs.' }] }],
    },
  },
  {
    files: ['scripts/**/*.mjs', '*.mjs'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly', performance: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly' } },
  },
);
