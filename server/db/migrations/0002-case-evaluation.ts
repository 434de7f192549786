import { DataTypes, QueryTypes, type QueryInterface } from 'sequelize';

const { STRING, JSON: JSONTYPE } = DataTypes;

export async function up({ context: qi }: { context: QueryInterface }): Promise<void> {
  // data of the service's extra forms (a decision form, an information form), by form id
  await qi.addColumn('cases', 'forms', { type: JSONTYPE, allowNull: true });
  // the pinned calendar, so a calendar's impact preview reads only the cases that use it
  await qi.addColumn('cases', 'calendarId', { type: STRING(80), allowNull: true });
  // what an impact preview replays without loading the case: the instants deadlines count from,
  // the current step's limit, and the facts each ruleset was last evaluated on
  await qi.addColumn('cases', 'replay', { type: JSONTYPE, allowNull: true });
  await qi.addIndex('cases', ['calendarId', 'status', 'id'], { name: 'cases_calendar_status' });
  // the cases in flight in id order, page after page, without sorting them all for each page
  await qi.addIndex('cases', ['status', 'id'], { name: 'cases_status_id' });

  const rows = await qi.sequelize.query<{ id: string; pins: unknown }>('SELECT id, pins FROM cases', {
    type: QueryTypes.SELECT,
  });
  for (const row of rows) {
    const pins = (typeof row.pins === 'string' ? JSON.parse(row.pins) : row.pins) as { calendar?: { id?: string } };
    const calendarId = pins?.calendar?.id;
    if (calendarId) await qi.bulkUpdate('cases', { calendarId }, { id: row.id });
  }
}

export async function down({ context: qi }: { context: QueryInterface }): Promise<void> {
  await qi.removeIndex('cases', 'cases_status_id');
  await qi.removeIndex('cases', 'cases_calendar_status');
  for (const column of ['replay', 'calendarId', 'forms']) await qi.removeColumn('cases', column);
}
