import { DataTypes, QueryTypes, type QueryInterface } from 'sequelize';

const { INTEGER, STRING, TEXT, JSON: JSONTYPE } = DataTypes;

/**
 * What an impact preview replays, one narrow row per case in progress. Reading it from `cases`
 * meant reading 100 000 wide rows (data, state, outcomes…) for a few small columns; here a
 * case has a row only while it is in progress, so the preview reads nothing else.
 */
export async function up({ context: qi }: { context: QueryInterface }): Promise<void> {
  await qi.createTable('case_replay', {
    caseId: { type: STRING(36), primaryKey: true, references: { model: 'cases', key: 'id' } },
    calendarId: { type: STRING(80), allowNull: true },
    serviceId: { type: STRING(80), allowNull: false },
    serviceVersion: { type: INTEGER, allowNull: false },
    // the pinned ruleset ids as `,a,b,`: "pinned to ruleset x" is a LIKE on one short column
    rulesetIds: { type: TEXT, allowNull: false },
    evaluatedAt: { type: STRING(40), allowNull: false },
    // the instants deadlines count from, the current step, the stored deadlines, each ruleset's facts and events
    events: { type: JSONTYPE, allowNull: false },
    step: { type: JSONTYPE, allowNull: true },
    deadlines: { type: JSONTYPE, allowNull: false },
    rulesets: { type: JSONTYPE, allowNull: false },
  });
  await qi.addIndex('case_replay', ['calendarId', 'caseId'], { name: 'case_replay_calendar' });

  const parse = (value: unknown) => (typeof value === 'string' ? (JSON.parse(value) as unknown) : value);
  let after = '';
  for (;;) {
    const rows = await qi.sequelize.query<Record<string, unknown>>(
      `SELECT id, "serviceId", "serviceVersion", "calendarId", pins, deadlines, replay FROM cases
       WHERE status = 'in-progress' AND replay IS NOT NULL AND id > :after ORDER BY id LIMIT 1000`,
      { type: QueryTypes.SELECT, replacements: { after } },
    );
    if (rows.length === 0) break;
    await qi.bulkInsert(
      'case_replay',
      rows.map((row) => {
        const replay = parse(row.replay) as Record<string, unknown>;
        const pins = parse(row.pins) as { rulesets?: { id: string }[] } | null;
        return {
          caseId: row.id,
          calendarId: row.calendarId ?? null,
          serviceId: row.serviceId,
          serviceVersion: row.serviceVersion,
          rulesetIds: `,${(pins?.rulesets ?? []).map((p) => p.id).join(',')},`,
          evaluatedAt: replay.evaluatedAt,
          events: JSON.stringify(replay.events ?? {}),
          step: replay.step ? JSON.stringify(replay.step) : null,
          deadlines: JSON.stringify(parse(row.deadlines) ?? []),
          rulesets: JSON.stringify(replay.rulesets ?? {}),
        };
      }),
    );
    after = String(rows[rows.length - 1]?.id);
  }
}

export async function down({ context: qi }: { context: QueryInterface }): Promise<void> {
  await qi.dropTable('case_replay');
}
