import type { WidgetProps } from '@rjsf/utils';
import { useContext, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AttachmentCase, UploadsInFlight, humanSize, uploadAttachment, type AttachmentInfo } from './attachmentContext';

/** rjsf ids are `<prefix>_<key>_<key>`: the dotted key of the form field, as the server names it. */
const fieldKeyOf = (id: string) => id.split('_').slice(1).join('.');

/**
 * A form's file field: the file is uploaded to the case (streamed multipart) and the field
 * holds the server's `file:<id>` reference, never the file's content.
 */
export function FileUploadWidget(props: WidgetProps) {
  const { t } = useTranslation('documents');
  const caseId = useContext(AttachmentCase);
  const uploads = useContext(UploadsInFlight);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [stored, setStored] = useState<AttachmentInfo | null>(null);
  const value = typeof props.value === 'string' ? props.value : '';
  // what was stored is shown while the field holds it: a value cleared (or, for a render, not yet set) hides it
  const shown = stored && stored.ref === value ? stored : null;

  const choose = async (file: File | undefined) => {
    if (!file || !caseId) return;
    setBusy(true);
    setError(null);
    const arrived = uploads.begin();
    try {
      const info = await uploadAttachment(caseId, file, fieldKeyOf(props.id));
      setStored(info);
      props.onChange(info.ref);
    } catch (e) {
      setError(t('uploadFailed', { message: e instanceof Error ? e.message : String(e) }));
    } finally {
      arrived();
      setBusy(false);
    }
  };

  return (
    <div className="file-upload" data-testid={`file-${fieldKeyOf(props.id)}`}>
      <input
        id={props.id}
        type="file"
        aria-label={props.label || t('upload')}
        disabled={props.disabled || props.readonly || busy || !caseId}
        onChange={(e) => void choose(e.target.files?.[0])}
      />
      {!caseId && <p className="hint">{t('saveFirst')}</p>}
      {busy && <p role="status">{t('uploading')}</p>}
      {shown && (
        <p role="status">{t('attached', { name: shown.name, type: shown.type, size: humanSize(shown.size) })}</p>
      )}
      {!shown && value.startsWith('file:') && <p>{value}</p>}
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
    </div>
  );
}

/** rjsf's widget registry entry: file fields (format data-url) upload instead of inlining. */
export const FILE_WIDGETS = { FileWidget: FileUploadWidget };
