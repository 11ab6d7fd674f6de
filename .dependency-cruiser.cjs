// Who may import whom (README "Layout"), checked on resolved paths by dependency-cruiser as part of
// `npm run lint`: `npx depcruise apps activities libs workflows`. ESLint's no-restricted-imports on
// workflows/** says the same for the import strings, at the line, in the editor.
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'workflows-deterministic-only',
      comment:
        'Workflows replay in a sandbox: they import only @temporalio/workflow, libs/domain, other workflow ' +
        'files and (as types, see workflows-activity-types-only) activities. No Node, Nest, TypeORM, pg, config.',
      severity: 'error',
      from: { path: '^workflows/' },
      to: {
        pathNot: ['^workflows/', '^libs/domain/', '(^|/)node_modules/@temporalio/workflow/', '^activities/'],
      },
    },
    {
      name: 'workflows-activity-types-only',
      comment: 'Activities reach a workflow only through proxyActivities: `import type`, never code.',
      severity: 'error',
      from: { path: '^workflows/' },
      to: { path: '^activities/', dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'domain-imports-nothing-of-the-app',
      comment:
        'libs/domain is pure rules and types, imported by workflows, activities, the API and the web app. ' +
        'Of packages it may use only @temporalio/workflow (defineQuery/defineUpdate: message definitions ' +
        'shared by the workflow and its callers) and @temporalio/common (search-attribute keys), both plain ' +
        'data definitions that load in the workflow sandbox.',
      severity: 'error',
      from: { path: '^libs/domain/' },
      to: {
        pathNot: ['^libs/domain/', '(^|/)node_modules/@temporalio/(workflow|common)/'],
      },
    },
    {
      name: 'controllers-never-touch-typeorm',
      comment: 'Controllers map HTTP; services own the SQL. No DataSource, Repository or entity manager here.',
      severity: 'error',
      from: { path: '^apps/api/src/.+[.]controller[.]ts$' },
      to: { path: '(^|/)node_modules/(typeorm|@nestjs/typeorm)/' },
    },
    {
      name: 'activities-never-import-apps',
      comment: 'Activities are built by the worker from libs/*; they never reach into an application.',
      severity: 'error',
      from: { path: '^activities/' },
      to: { path: '^apps/' },
    },
    {
      name: 'web-imports-web-and-domain-only',
      comment:
        'The browser app bundles what it imports: only its own files, libs/domain and browser packages. ' +
        'Never server code (apps/api, activities, workflows, other libs) and no Node built-ins.',
      severity: 'error',
      from: { path: '^apps/web/src/' },
      to: { pathNot: ['^apps/web/src/', '^libs/domain/', '(^|/)node_modules/'] },
    },
    {
      name: 'web-no-server-packages',
      comment: 'Server-side packages never go into the browser bundle.',
      severity: 'error',
      from: { path: '^apps/web/src/' },
      to: {
        path: '(^|/)node_modules/(@nestjs|typeorm|pg|@temporalio/(client|worker|activity)|nodemailer|jsonwebtoken)/',
      },
    },
    {
      name: 'no-unresolvable-imports',
      comment: 'An import that resolves to nothing hides an edge from every rule above.',
      severity: 'error',
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: ['node_modules'] },
    exclude: { path: ['(^|/)dist/', '^test/'] },
    // Sees `import type` edges, so type-only activity imports can be told from code imports.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.tsx', '.mts', '.js', '.mjs', '.cjs', '.json', '.d.ts'],
      mainFields: ['main', 'types', 'typings'],
    },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
