import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import importX, { createNodeResolver } from 'eslint-plugin-import-x';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['**/node_modules/**', '**/dist/**', 'data/**', '.tsbuild/**', 'test-output/**'] },
  { linterOptions: { reportUnusedDisableDirectives: 'error' } },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: {
      parserOptions: { projectService: { allowDefaultProject: ['*.ts'] }, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.node, ...globals.browser },
    },
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.json'] })],
      'import-x/extensions': ['.ts', '.tsx', '.js'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'import-x/no-cycle': 'error',
    },
  },
  {
    files: ['runtime/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                'express',
                'sequelize',
                'sqlite3',
                'pg',
                'react',
                'react-dom',
                'fs',
                'node:*',
                'http',
                '*/server/*',
                '*/designer/*',
              ],
              message: 'runtime/ is pure: no HTTP, database, file system or UI',
            },
          ],
        },
      ],
    },
  },
  {
    // storage only behind repositories (issue 17): routes and use cases see repositories, never the database
    files: [
      'server/routes/**/*.ts',
      'server/usecases/**/*.ts',
      'server/notifications/**/*.ts',
      'server/connectors/**/*.ts',
      'server/jobs/**/*.ts',
    ],
    ignores: ['**/*.test.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['sequelize', 'sqlite3', 'pg', '**/db/*'],
              allowTypeImports: true,
              message: 'routes and use cases reach storage only through server/repositories (a type is fine)',
            },
          ],
        },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: 'MemberExpression[property.name=/^(sequelize|models)$/]',
          message: 'routes and use cases reach storage only through server/repositories',
        },
        {
          selector: 'Literal[value=/^\\s*(\\/\\*.*\\*\\/\\s*)?(SELECT|INSERT|UPDATE|DELETE|WITH)\\s/]',
          message: 'SQL belongs in server/repositories',
        },
        {
          selector: 'TemplateElement[value.raw=/^\\s*(\\/\\*.*\\*\\/\\s*)?(SELECT|INSERT|UPDATE|DELETE|WITH)\\s/]',
          message: 'SQL belongs in server/repositories',
        },
      ],
    },
  },
  {
    // no function over 100 lines outside tests, bench and drills (issue 17), with no exceptions
    files: ['**/*.{ts,tsx}'],
    ignores: ['**/*.test.{ts,tsx}', '**/test/**', 'bench/**', 'server/drills/**', 'designer/e2e/**'],
    rules: { 'max-lines-per-function': ['error', { max: 100, skipBlankLines: true, skipComments: true }] },
  },
  {
    files: ['runtime/**/*.test.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: { globals: globals.node },
  },
);
