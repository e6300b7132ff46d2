import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { POSTGRES, quoteIdentifier, SQLITE, type Dialect } from '../../storage/database/dialect';
import { versionStatements, type Migration } from '../../storage/database/migrations';
import { DOCUMENTS_COMPONENT, DOCUMENTS_MIGRATIONS } from '../../storage/documents/documents-table';
import { FEEDBACK_COMPONENT, FEEDBACK_MIGRATIONS } from '../../storage/feedback/feedback-table';
import { QUESTION_EVENTS_COMPONENT, QUESTION_EVENTS_MIGRATIONS } from '../../storage/analytics/question-events-table';
import { STORAGE_KEYS_COMPONENT, STORAGE_KEYS_MIGRATIONS } from '../../storage/retention/user-refs';

const COMPONENTS: Array<[component: string, migrations: readonly Migration[]]> = [
  [DOCUMENTS_COMPONENT, DOCUMENTS_MIGRATIONS],
  [FEEDBACK_COMPONENT, FEEDBACK_MIGRATIONS],
  [QUESTION_EVENTS_COMPONENT, QUESTION_EVENTS_MIGRATIONS],
  [STORAGE_KEYS_COMPONENT, STORAGE_KEYS_MIGRATIONS],
];

/** Every statement the migrations run on an empty database, in order, one per paragraph. */
function schemaOf(dialect: Dialect): string {
  const target = { dialect, table: quoteIdentifier };
  const sections = COMPONENTS.flatMap(([component, migrations]) =>
    migrations.map((migration) => {
      const statements = migration.statements(target).map((statement) => `${statement};`);
      return [`-- ${component} ${migration.version}: ${migration.description}`, ...statements].join('\n');
    }),
  );
  const versionTable = versionStatements(target).create.map((statement) => `${statement};`);
  return `${[versionTable.join('\n'), ...sections].join('\n\n')}\n`;
}

/**
 * Released migrations never change: databases already migrated would not get the change. A difference here means
 * a released migration's SQL changed (a column, a constraint, or a constant its CHECK lists, such as
 * FEEDBACK_REASONS): put the change in a new migration instead. A new migration is added to the files with
 * `UPDATE_SCHEMA=1 npx jest tests/storage/schema.test.ts`, then reviewed like code.
 */
describe.each([
  ['sqlite', SQLITE],
  ['postgres', POSTGRES],
])('the %s schema', (name, dialect) => {
  const file = join(__dirname, 'schema', `${name}.sql`);

  it('is what the released migrations create', () => {
    if (process.env.UPDATE_SCHEMA === '1') writeFileSync(file, schemaOf(dialect));
    expect(schemaOf(dialect)).toBe(readFileSync(file, 'utf8'));
  });
});
