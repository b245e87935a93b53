// Lint for the TypeScript and the bench/test scripts, run by `npm test` (`npm run lint`): typescript-eslint's
// recommended rules, and the seams the architecture depends on: the shells reach the core only through
// rules/index.ts (import cycles and the seams are also held by test/meta/imports.test.ts).
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', 'test/fixtures/**'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
    },
  },
  {
    files: ['addon/**/*.ts', 'cli/**/*.ts', 'build/**/*.ts', 'preview/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ regex: '(^|/)rules/(?!index\\.ts$).+', message: 'The shells import the core only through rules/index.ts.' }] },
      ],
    },
  },
  {
    // Cards and formatters describe rules from the metadata they are handed (RulesMeta), never the registry.
    files: ['addon/cards/**/*.ts', 'cli/formats/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { regex: '(^|/)rules/(?!index\\.ts$).+', message: 'The shells import the core only through rules/index.ts.' },
            {
              regex: '(^|/)rules/index\\.ts$',
              importNames: ['builtInRules'],
              message: 'Cards and formatters take the rules metadata as an argument (RulesMeta).',
            },
          ],
        },
      ],
    },
  },
);
