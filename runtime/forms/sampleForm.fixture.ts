import { t, testForm } from './testDefinitions.fixture';

/** A form with every field type, used by the forms and documents tests. Not a regulation: made-up content. */
export const sampleForm = testForm('sample-application', t('Application', 'Заявление', 'Өтініш'), {
  fields: [
    { key: 'intro', type: 'info', label: t('Fill in every field marked as required.') },
    {
      key: 'applicant',
      type: 'section',
      label: t('Applicant', 'Заявитель', 'Өтініш беруші'),
      fields: [
        { key: 'name', type: 'text', label: t('Full name', 'ФИО', 'Т.А.Ә.'), required: true, maxLength: 200 },
        { key: 'iin', type: 'iin', label: t('IIN', 'ИИН', 'ЖСН'), required: true },
        { key: 'email', type: 'email', label: t('E-mail') },
        { key: 'phone', type: 'phone', label: t('Phone'), placeholder: t('+7 700 000 00 00') },
      ],
    },
    { key: 'company', type: 'bin', label: t('BIN') },
    { key: 'taxpayer', type: 'iin-bin', label: t('Taxpayer IIN or BIN') },
    { key: 'reason', type: 'textarea', label: t('Reason'), help: t('Say why you apply.') },
    { key: 'amount', type: 'number', label: t('Amount'), min: 0, unit: t('tenge', 'тенге', 'теңге') },
    { key: 'employees', type: 'integer', label: t('Employees'), min: 0, max: 100000 },
    { key: 'startDate', type: 'date', label: t('Start date') },
    { key: 'appointment', type: 'datetime', label: t('Appointment') },
    { key: 'agree', type: 'boolean', label: t('I agree'), required: true },
    {
      key: 'violations',
      type: 'boolean-details',
      label: t('Were there violations?'),
      details: { label: t('Describe the violations'), requiredWhen: true },
      required: true,
    },
    {
      key: 'kind',
      type: 'choice',
      label: t('Kind of entity'),
      required: true,
      options: [
        { value: 'legal', label: t('Legal entity', 'Юридическое лицо', 'Заңды тұлға') },
        { value: 'individual', label: t('Individual entrepreneur', 'ИП', 'ЖК') },
      ],
    },
    {
      key: 'channels',
      type: 'multi-choice',
      label: t('Channels'),
      options: [
        { value: 'office', label: t('Office') },
        { value: 'portal', label: t('Portal') },
      ],
    },
    {
      key: 'licenseNumber',
      type: 'text',
      label: t('Licence number'),
      required: true,
      visibleWhen: { field: 'kind', equals: 'legal' },
    },
    { key: 'scan', type: 'file', label: t('Scan of the licence'), accept: ['.pdf'] },
    {
      key: 'founders',
      type: 'table',
      label: t('Founders'),
      minRows: 1,
      maxRows: 3,
      fields: [
        { key: 'name', type: 'text', label: t('Founder name'), required: true },
        { key: 'share', type: 'number', label: t('Share'), min: 0, max: 100 },
      ],
    },
  ],
});
