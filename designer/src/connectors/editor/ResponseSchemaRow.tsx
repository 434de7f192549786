import { useTranslation } from 'react-i18next';
import { TYPES, type Row, type Schema } from './responseSchemaRows';

interface RowProps {
  row: Row;
  required: boolean;
  onRename: (name: string) => void;
  onSchema: (schema: Schema) => void;
  onRequired: (required: boolean) => void;
  onRemove: () => void;
}

/** One top-level property of the answer: its name, type, whether it is required, and its removal. */
export function ResponseSchemaRow({
  row: [name, schema],
  required,
  onRename,
  onSchema,
  onRequired,
  onRemove,
}: RowProps) {
  const { t } = useTranslation('connectorsAdmin');
  return (
    <tr>
      <td>
        <input aria-label={t('editor.property')} value={name} onChange={(e) => onRename(e.target.value)} />
      </td>
      <td>
        <select
          aria-label={t('editor.type')}
          value={typeof schema.type === 'string' ? schema.type : ''}
          onChange={(e) => onSchema({ ...schema, type: e.target.value })}
        >
          {typeof schema.type !== 'string' && <option value="">—</option>}
          {TYPES.map((type) => (
            <option key={type} value={type}>
              {type}
            </option>
          ))}
        </select>
      </td>
      <td>
        <input
          type="checkbox"
          aria-label={t('editor.required')}
          checked={required}
          onChange={(e) => onRequired(e.target.checked)}
        />
      </td>
      <td>
        <button type="button" onClick={onRemove}>
          {t('editor.remove')}
        </button>
      </td>
    </tr>
  );
}
