import { useTranslation } from 'react-i18next';
import type { Act } from '../../../runtime/definitions/types';
import { CheckField, LocalizedInput, Panel, TextField } from '../shared/widgets';
import type { EditorProps } from './editorProps';
import { fieldProps, putListProps } from './fieldProps';
import { ListEditor } from './ListEditor';
import { SourceInput } from './SourceInput';

type Paragraph = Act['paragraphs'][number];
type External = NonNullable<Act['external']>;

/**
 * The text of a regulation, paragraph by paragraph, so citations resolve: its citation id, where it was extracted
 * from or where the official text of an external act is, and each paragraph (an appendix with named parts, or one
 * marked as not for the platform, with why).
 */
export function ActEditor({ definition: a, onChange, errors }: EditorProps<Act>) {
  const { t } = useTranslation('design');
  const { t: tx } = useTranslation('designerEdit');
  const field = fieldProps(a, onChange, errors, '');
  const external = (patch: Partial<External>) => {
    const next = { number: '', ...a.external, ...patch };
    for (const key of ['date', 'url'] as const) if (!next[key]) delete next[key];
    onChange({ ...a, external: next.number || next.date || next.url ? next : undefined });
  };
  return (
    <div className="act-editor">
      <Panel title={tx('act.title')}>
        <LocalizedInput label={t('s.title')} {...field('title')} />
        <div className="row">
          <TextField label={tx('act.doc')} {...field('doc')} placeholder="004/S1" />
          <TextField
            label={tx('act.file')}
            value={a.file}
            onChange={(file) => onChange({ ...a, file: file || undefined })}
            errors={errors}
            at="/file"
          />
        </div>
        <div className="row">
          <TextField
            label={tx('act.externalNumber')}
            value={a.external?.number}
            onChange={(number) => external({ number })}
            errors={errors}
            at="/external/number"
          />
          <TextField
            label={tx('act.externalDate')}
            type="date"
            value={a.external?.date}
            onChange={(date) => external({ date })}
            errors={errors}
            at="/external/date"
          />
          <TextField
            label={tx('act.externalUrl')}
            type="url"
            value={a.external?.url}
            onChange={(url) => external({ url })}
            errors={errors}
            at="/external/url"
          />
        </div>
        <SourceInput value={a.source} onChange={(source) => onChange({ ...a, source })} errors={errors} at="/source" />
      </Panel>
      <ListEditor
        title={tx('act.paragraphs')}
        {...putListProps(a, onChange, errors)('paragraphs')}
        make={(items) => ({ id: String(items.length + 1), text: '' })}
        name={(p) => `${p.id} — ${p.text.slice(0, 80)}`}
        render={(p, put, at) => <ParagraphItem p={p} put={put} at={at} errors={errors} />}
      />
    </div>
  );
}

function ParagraphItem({
  p,
  put,
  at,
  errors,
}: {
  p: Paragraph;
  put: (p: Paragraph) => void;
  at: string;
  errors: EditorProps<Act>['errors'];
}) {
  const { t: tx } = useTranslation('designerEdit');
  const field = fieldProps(p, put, errors, at);
  return (
    <>
      <TextField label={tx('act.paragraphId')} {...field('id')} placeholder="8.2" />
      <TextField label={tx('act.text')} {...field('text')} multiline />
      <CheckField
        label={tx('act.parts')}
        checked={Boolean(p.parts)}
        onChange={(parts) => put({ ...p, parts: parts || undefined })}
        at={`${at}/parts`}
      />
      <LocalizedInput
        label={tx('act.notApplicable')}
        value={p.notApplicable?.reason}
        onChange={(reason) =>
          put({ ...p, notApplicable: Object.values(reason).some(Boolean) ? { reason } : undefined })
        }
        errors={errors}
        at={`${at}/notApplicable/reason`}
      />
    </>
  );
}
