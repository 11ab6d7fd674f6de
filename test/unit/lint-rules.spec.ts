import { execFile } from 'node:child_process';
import { join } from 'node:path';

/**
 * The layer rules bite: the real eslint.config.mjs and .dependency-cruiser.cjs, run over
 * test/fixtures/lint (a miniature of the repository's layout whose files break the rules on
 * purpose), report each violation, and report nothing for the workflow that imports only what a
 * workflow may. Both tools run in a child process, as `npm run lint` runs them (they load their ESM
 * config files, which jest's CommonJS runtime cannot).
 */
const REPO_ROOT = join(__dirname, '..', '..');
const FIXTURE = join(REPO_ROOT, 'test', 'fixtures', 'lint');

/** Runs node with these arguments; both tools run at once, so the spec takes as long as the slower. */
function node(args: string[], cwd: string): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, args, { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }, (err, stdout, stderr) =>
      resolve({ code: err ? (typeof err.code === 'number' ? err.code : 1) : 0, stdout, stderr }),
    );
  });
}

interface Finding {
  file: string;
  line: number;
  rule: string;
  message: string;
}

/**
 * ESLint's Node API with the repository's config. Only the import and global rules run, without
 * type information, so this stays fast: `npm run lint` runs the whole config, types included.
 */
async function eslint(files: string[]): Promise<Finding[]> {
  const script = `
    const { ESLint } = require('eslint');
    (async () => {
      const eslint = new ESLint({
        cwd: ${JSON.stringify(FIXTURE)},
        overrideConfigFile: ${JSON.stringify(join(REPO_ROOT, 'eslint.config.mjs'))},
        overrideConfig: { languageOptions: { parserOptions: { projectService: false, project: null } } },
        ruleFilter: ({ ruleId }) => ['@typescript-eslint/no-restricted-imports', 'no-restricted-globals'].includes(ruleId),
        ignore: false,
      });
      const results = await eslint.lintFiles(${JSON.stringify(files)});
      const findings = results.flatMap((r) =>
        r.messages.map((m) => ({ file: r.filePath, line: m.line, rule: m.ruleId, message: m.message })),
      );
      process.stdout.write(JSON.stringify(findings));
    })().catch((err) => { console.error(err); process.exit(2); });
  `;
  const run = await node(['-e', script], REPO_ROOT);
  if (run.code !== 0) throw new Error(`eslint failed to run:\n${run.stderr}`);
  return (JSON.parse(run.stdout) as Finding[]).map((f) => ({ ...f, file: f.file.slice(FIXTURE.length + 1) }));
}

interface Violation {
  rule: string;
  from: string;
  to: string;
}

/** dependency-cruiser's CLI with the repository's rules, over the fixture tree. */
async function depcruise(): Promise<Violation[]> {
  const run = await node(
    [
      join(REPO_ROOT, 'node_modules', 'dependency-cruiser', 'bin', 'dependency-cruise.mjs'),
      '--config',
      join(REPO_ROOT, '.dependency-cruiser.cjs'),
      '--output-type',
      'json',
      'workflows',
      'libs',
      'activities',
      'apps',
    ],
    FIXTURE,
  );
  if (run.stdout === '') throw new Error(`depcruise failed to run:\n${run.stderr}`);
  const { summary } = JSON.parse(run.stdout) as {
    summary: { violations: { rule: { name: string }; from: string; to: string }[] };
  };
  return summary.violations.map((v) => ({
    rule: v.rule.name,
    from: v.from,
    to: v.to.replace(/^(\.\.\/)+node_modules\//, 'node_modules/'),
  }));
}

describe('lint rules, proven on fixtures that break them', () => {
  let findings: Finding[];
  let violations: Violation[];

  beforeAll(async () => {
    [findings, violations] = await Promise.all([eslint(['workflows', 'libs', 'activities', 'apps']), depcruise()]);
  });

  const eslintAt = (file: string) => findings.filter((f) => f.file === file);

  it('ESLint refuses node:fs, path, NestJS, TypeORM, persistence and activity code in a workflow, each at its line', () => {
    const refused = eslintAt('workflows/leaky/leaky.workflow.ts').filter(
      (f) => f.rule === '@typescript-eslint/no-restricted-imports',
    );
    expect(refused.map((f) => [f.line, f.message.split("'")[1]])).toEqual([
      [2, 'node:fs'],
      [3, 'path'],
      [4, '@nestjs/common'],
      [5, 'typeorm'],
      [7, '../../libs/persistence/src'],
      [8, '../../activities/letters/letters.activities'],
    ]);
    expect(refused[0].message).toMatch(/Node built-ins are not deterministic/);
  });

  it('ESLint refuses process.env in a workflow', () => {
    expect(eslintAt('workflows/leaky/leaky.workflow.ts')).toContainEqual(
      expect.objectContaining({ rule: 'no-restricted-globals', line: 15 }),
    );
  });

  it('ESLint accepts a workflow importing @temporalio/workflow, libs/domain, its own files and activity types', () => {
    expect(eslintAt('workflows/clean/clean.workflow.ts')).toEqual([]);
    expect(eslintAt('workflows/clean/greeting.ts')).toEqual([]);
  });

  it('ESLint leaves imports outside workflows/ to dependency-cruiser', () => {
    expect(findings.filter((f) => !f.file.startsWith('workflows/'))).toEqual([]);
  });

  it('dependency-cruiser refuses node:fs, path, NestJS, TypeORM and persistence in a workflow', () => {
    const from = violations.filter((v) => v.from === 'workflows/leaky/leaky.workflow.ts');
    expect(from.filter((v) => v.rule === 'workflows-deterministic-only').map((v) => v.to)).toEqual(
      expect.arrayContaining([
        'fs',
        'path',
        'node_modules/@nestjs/common/index.js',
        'node_modules/typeorm/index.d.ts',
        'libs/persistence/src/index.ts',
      ]),
    );
  });

  it('dependency-cruiser refuses a value import of an activity into a workflow, and allows `import type`', () => {
    expect(violations).toContainEqual({
      rule: 'workflows-activity-types-only',
      from: 'workflows/leaky/leaky.workflow.ts',
      to: 'activities/letters/letters.activities.ts',
    });
    expect(violations.filter((v) => v.from.startsWith('workflows/clean/'))).toEqual([]);
  });

  it('dependency-cruiser refuses Node built-ins and app code in libs/domain', () => {
    const domain = violations.filter((v) => v.rule === 'domain-imports-nothing-of-the-app');
    expect(domain.map((v) => [v.from, v.to]).sort()).toEqual([
      ['libs/domain/src/leaky.ts', 'activities/letters/letters.activities.ts'],
      ['libs/domain/src/leaky.ts', 'crypto'],
    ]);
  });

  it('dependency-cruiser refuses TypeORM in a controller, apps/ in an activity and server code in the web app', () => {
    expect(violations).toEqual(
      expect.arrayContaining([
        {
          rule: 'controllers-never-touch-typeorm',
          from: 'apps/api/src/reports/reports.controller.ts',
          to: 'node_modules/typeorm/index.d.ts',
        },
        {
          rule: 'activities-never-import-apps',
          from: 'activities/letters/letters.activities.ts',
          to: 'apps/api/src/reports/reports.service.ts',
        },
        {
          rule: 'web-imports-web-and-domain-only',
          from: 'apps/web/src/page.ts',
          to: 'apps/api/src/reports/reports.service.ts',
        },
      ]),
    );
  });

  it('dependency-cruiser finds nothing else in the fixtures: the service beside the controller and domain dates are fine', () => {
    expect(violations).toHaveLength(11);
  });
});
