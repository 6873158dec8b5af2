import js from '@eslint/js';
import tseslint from 'typescript-eslint';

// The domain (src/core) and the commands never touch a chat platform, the database or the scheduler
// directly: they see ports. This rule is what keeps that true.
const PLATFORM_AND_INFRASTRUCTURE = [
  { group: ['grammy', 'grammy/*', '@grammyjs/*'], message: 'The domain does not know which chat app it is in: use the ChatAdapter port.' },
  {
    group: ['drizzle-orm', 'drizzle-orm/*', 'postgres', '@electric-sql/pglite', '@electric-sql/pglite/*'],
    message: 'The domain uses repository ports, not the database.',
  },
  { group: ['node-cron'], message: 'Schedules live in src/jobs; the domain takes a Clock.' },
  { group: ['pino', 'pino/*'], message: 'Logging happens at the edges.' },
  {
    group: ['**/db/*', '**/db/**', '**/adapters/**', '**/jobs/**', '**/http/**'],
    message: 'The domain and commands depend on ports, not on adapters or infrastructure.',
  },
];

const COMMANDS = {
  group: ['**/commands/**'],
  message: 'Commands are one surface: read through a domain query (src/core) and present with src/chat/format or src/web/pages.',
};

// `no-restricted-imports` sees only static imports: a dynamic `import('grammy')`, `require('pino')` or a type
// written as `import('drizzle-orm').SQL` would slip past it. These selectors catch the same libraries there.
const RESTRICTED_MODULES = ['grammy', '@grammyjs', 'drizzle-orm', 'postgres', '@electric-sql/pglite', 'node-cron', 'pino'];
const escapeForSelector = (name) => name.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
// the module itself, or a path inside it ("grammy/types"); esquery takes the regular expression without the quotes
const restrictedSource = `/^(?:${RESTRICTED_MODULES.map(escapeForSelector).join('|')})(?:\\/|$)/`;
const DYNAMIC_IMPORT_MESSAGE =
  'The domain and commands do not load platform, database, scheduler or logging libraries, not even dynamically: use the ports.';
const DYNAMIC_IMPORTS = [
  `ImportExpression > Literal.source[value=${restrictedSource}]`,
  `ImportExpression > TemplateLiteral.source[expressions.length=0] > TemplateElement[value.cooked=${restrictedSource}]`,
  `CallExpression[callee.type='Identifier'][callee.name='require'] > Literal.arguments[value=${restrictedSource}]`,
  `CallExpression[callee.type='MemberExpression'][callee.property.name='resolve'][callee.object.name='require'] > Literal.arguments[value=${restrictedSource}]`,
  `TSExternalModuleReference > Literal.expression[value=${restrictedSource}]`,
  `TSImportType > Literal.source[value=${restrictedSource}]`,
].map((selector) => ({ selector, message: DYNAMIC_IMPORT_MESSAGE }));

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', '.start/', 'data/', 'coverage/', 'migrations/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { parserOptions: { ecmaVersion: 2023, sourceType: 'module' } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      '@typescript-eslint/no-non-null-assertion': 'off',
      'no-control-regex': 'off',
    },
  },
  {
    // The commands see ports: no database, platform or job code.
    files: ['src/commands/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: PLATFORM_AND_INFRASTRUCTURE }],
      'no-restricted-syntax': ['error', ...DYNAMIC_IMPORTS],
    },
  },
  {
    // The domain (queries and actions), the chat presenters and the dashboard's pages (issue 24): no database,
    // platform or job code, and nothing of the commands either: a command is one surface over the domain's
    // queries, the jobs and the dashboard are others. Only the dashboard's composition glue (serve.ts) reaches
    // the app, the bot and the HTTP server.
    files: ['src/core/**/*.ts', 'src/chat/format/**/*.ts', 'src/web/**/*.ts'],
    ignores: ['src/web/serve.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [...PLATFORM_AND_INFRASTRUCTURE, COMMANDS] }],
      'no-restricted-syntax': ['error', ...DYNAMIC_IMPORTS],
    },
  },
  {
    // The jobs (digests, reminders) use the domain's queries and the chat presenters, never the commands.
    files: ['src/jobs/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [COMMANDS] }] },
  },
);
