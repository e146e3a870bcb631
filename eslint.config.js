// Lint with type information, plus the layer rules of DESIGN.md expressed as import restrictions:
//   - a *.domain.ts is pure: no database, HTTP, UI or file-system imports;
//   - services and repositories never import HTTP; the platform never imports a feature module;
//   - a module is entered only through its index.ts.
import js from '@eslint/js'
import globals from 'globals'
import tseslint from 'typescript-eslint'

const otherModuleInternals = {
  // `../<module>/<file>.js` from inside a module, or `…/modules/<module>/<file>.js` from anywhere.
  regex: '^(\\.\\./(?!\\.\\.|platform/|db/)[^/]+|.*modules/[^/]+)/(?!index\\.js$)[^/]+$',
  message: 'Import another module only through its index.ts (its public surface).',
}
const httpModules = ['fastify', '@fastify/*']

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'node_modules/**',
      'data/**',
      'coverage/**',
      'test-results/**',
      'web/src/api/schema.d.ts',
      'bench/results/**',
      'bench/.data/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        projectService: {
          allowDefaultProject: [
            '*.js',
            '*.mjs',
            'bin/*.mjs',
            'scripts/*.mjs',
            'bench/*.mjs',
            'web/vite.config.ts',
          ],
        },
        tsconfigRootDir: import.meta.dirname,
      },
      globals: { ...globals.node },
    },
    rules: {
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-confusing-void-expression': 'off',
      'no-console': 'error',
    },
  },
  {
    files: ['server/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [otherModuleInternals] }] },
  },
  {
    files: ['server/**/*.domain.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                'kysely',
                'pg',
                'better-sqlite3',
                ...httpModules,
                'react',
                'react-dom',
                'node:fs',
                'node:fs/*',
                'fs',
              ],
              message: 'A *.domain.ts is pure: no database, HTTP, UI or file system.',
            },
            {
              group: ['*.repository.js', '*.service.js', '*.routes.js', '**/db/index.js'],
              message: 'The domain depends on nothing but itself (types from db/schema.ts excepted).',
            },
            otherModuleInternals,
          ],
        },
      ],
    },
  },
  {
    files: ['server/**/*.service.ts', 'server/**/*.repository.ts', 'server/**/*.domain.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: httpModules,
              message: 'The core never imports HTTP; throw AppError and let the route answer.',
            },
            otherModuleInternals,
          ],
        },
      ],
    },
  },
  {
    files: ['server/platform/**/*.ts', 'server/db/**/*.ts'],
    ignores: ['server/platform/http/**', '**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/modules/**'],
              message: 'The platform holds no business rules and imports no feature module.',
            },
            { group: httpModules, message: 'Only platform/http may import HTTP libraries.' },
          ],
        },
      ],
    },
  },
  {
    files: ['web/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/server/**'], message: 'The web app talks to the server only through the API.' },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.test.ts', 'test/**/*.ts', 'bench/**/*.ts', 'scripts/**'],
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      'no-console': 'off',
    },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
  },
)
