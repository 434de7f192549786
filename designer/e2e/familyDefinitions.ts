import { apiSession } from './apiSession';
import type { World } from './world';

const t = (en: string, ru: string, kk: string) => ({ en, ru, kk });

/**
 * A targeted-assistance-like service whose application holds a family table (name, relation, birth date, income):
 * the shape of form that exposed the Desk's blank table buttons and the submit that missed its first click.
 * Published through the API by an administrator: the scenarios using it test the Desk, not the designer.
 */
export async function publishFamilyService(world: World, id: string): Promise<void> {
  const admin = await apiSession(world, 'admin');
  const definitions = [
    {
      kind: 'form',
      id: `${id}-form`,
      version: 1,
      title: t('Family assistance application', 'Заявление на помощь семье', 'Отбасына көмек өтініші'),
      fields: [
        { key: 'applicantName', type: 'text', label: t('Applicant', 'Заявитель', 'Өтініш беруші'), required: true },
        {
          key: 'members',
          type: 'table',
          label: t('Family members', 'Члены семьи', 'Отбасы мүшелері'),
          minRows: 1,
          fields: [
            { key: 'name', type: 'text', label: t('Full name', 'ФИО', 'Аты-жөні'), required: true },
            {
              key: 'relation',
              type: 'choice',
              label: t('Relation', 'Родство', 'Туыстығы'),
              required: true,
              options: [
                { value: 'applicant', label: t('Applicant', 'Заявитель', 'Өтініш беруші') },
                { value: 'spouse', label: t('Spouse', 'Супруг(а)', 'Жұбайы') },
                { value: 'child', label: t('Child', 'Ребёнок', 'Баласы') },
              ],
            },
            { key: 'birthDate', type: 'date', label: t('Birth date', 'Дата рождения', 'Туған күні'), required: true },
            { key: 'income', type: 'number', label: t('Monthly income', 'Доход в месяц', 'Айлық табыс'), min: 0 },
          ],
        },
      ],
    },
    {
      kind: 'process',
      id: `${id}-process`,
      version: 1,
      title: t('Family assistance process', 'Процесс помощи семье', 'Отбасына көмек процесі'),
      actors: [{ id: 'clerk', label: t('Clerk', 'Специалист', 'Маман'), kind: 'staff' }],
      start: 'review',
      steps: [
        {
          id: 'review',
          type: 'task',
          actor: 'clerk',
          label: t('Review', 'Рассмотрение', 'Қарау'),
          limit: { amount: 2, unit: 'working-days' },
          actions: [{ id: 'assign', label: t('Assign', 'Назначить', 'Тағайындау'), to: 'assigned' }],
        },
        { id: 'assigned', type: 'end', label: t('Assigned', 'Назначено', 'Тағайындалды'), outcome: 'issued' },
      ],
    },
    {
      kind: 'service',
      id,
      version: 1,
      title: t('Family assistance', 'Помощь семье', 'Отбасына көмек'),
      provider: t('District office', 'Районный отдел', 'Аудандық бөлім'),
      recipients: [{ id: 'family', label: t('Families', 'Семьи', 'Отбасылар') }],
      applicant: { name: [['/applicantName']] },
      form: `${id}-form`,
      calendar: 'kz',
      channels: [
        { id: 'office', type: 'provider-office', label: t('Office', 'Отдел', 'Бөлім'), process: `${id}-process` },
      ],
      cost: { free: true },
      documents: [],
      deadlines: [],
      rulesets: [],
      outputs: [],
      complaints: [],
    },
  ];
  try {
    for (const definition of definitions) {
      const path = `/api/definitions/${definition.kind}/${definition.id}`;
      await admin.put(`${path}/draft`, definition);
      await admin.post(`${path}/publish`);
    }
  } finally {
    await admin.dispose();
  }
}
