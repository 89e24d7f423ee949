/** Import walls between the layers (DEVELOPERS.md, "Layers"). `npm test` and `npm run test:unit` run this first. */
const layer = (name, mayImport) => ({
  name: `${name}-imports-only-${mayImport.join('-') || 'itself'}`,
  comment: `src/${name}/ may import ${mayImport.length ? mayImport.map((l) => `src/${l}/`).join(', ') : 'nothing else of the app'}.`,
  severity: 'error',
  from: { path: `^src/${name}/` },
  to: { path: '^src/', pathNot: [`^src/${name}/`, ...mayImport.map((l) => `^src/${l}/`)] },
});

module.exports = {
  forbidden: [
    layer('domain', []),
    layer('machines', ['domain']),
    layer('db', ['domain', 'machines']),
    layer('content', ['domain']),
    layer('i18n', ['domain']),
    layer('common', ['domain', 'machines', 'db', 'content', 'i18n']),
    layer('pwa', ['domain', 'common']),
    layer('features', ['domain', 'machines', 'db', 'content', 'i18n', 'common', 'pwa']),
    {
      name: 'feature-imports-another-feature',
      comment: 'A feature uses only its own folder and shared pieces; what two features need lives in src/common/.',
      severity: 'error',
      from: { path: '^src/features/([^/]+)/' },
      to: { path: '^src/features/', pathNot: '^src/features/$1/' },
    },
    {
      name: 'only-db-opens-the-database',
      comment: 'Tables are reached only inside src/db/: elsewhere the database is a handle passed to src/db functions.',
      severity: 'error',
      from: { path: '^src/', pathNot: ['^src/db/', '^src/main\\.tsx$'] },
      to: { path: ['^src/db/database\\.ts$', '^node_modules/dexie/'], dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'no-circular',
      severity: 'error',
      from: { path: '^src/' },
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '\\.css$' },
    // TypeScript 7 (the Go-native tsc) has no JavaScript API, so Babel strips the types before the imports are read.
    babelConfig: { fileName: '.dependency-cruiser.babel.json' },
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { extensions: ['.ts', '.tsx', '.js', '.mjs', '.json'] },
  },
};
