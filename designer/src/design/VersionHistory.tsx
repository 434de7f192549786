import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../shared/api';
import { formatInstant } from '../shared/format';
import { listVersions, loadPublished, type PublishedVersion } from '../shared/definitionsApi';
import { ChangeList } from './ChangeList';
import { jsonDiff, type Change } from '../../../runtime/api/jsonDiff';

/** Every published version; choosing one shows what it changed against the one before. */
export function VersionHistory({ kind, id, refresh }: { kind: string; id: string; refresh: number }) {
  const [versions, setVersions] = useState<PublishedVersion[] | null>(null);
  const [chosen, setChosen] = useState<number | null>(null);
  const [changes, setChanges] = useState<Change[] | null>(null);
  const [error, setError] = useState('');
  const { t } = useTranslation('design');

  useEffect(() => {
    listVersions(kind, id)
      .then((v) => setVersions([...v].sort((a, b) => b.version - a.version)))
      .catch((e: unknown) => setError(errorText(e)));
  }, [kind, id, refresh]);

  const show = async (version: number) => {
    setChosen(version);
    setChanges(null);
    try {
      const [after, before] = await Promise.all([
        loadPublished(kind, id, version),
        version > 1 ? loadPublished(kind, id, version - 1) : Promise.resolve(null),
      ]);
      const strip = (d: unknown) => (d && typeof d === 'object' ? { ...d, version: undefined } : undefined);
      setChanges(jsonDiff(strip(before), strip(after)));
    } catch (e) {
      setError(errorText(e));
    }
  };

  if (error) return <p className="error">{error}</p>;
  if (!versions) return <p>{t('history.loading')}</p>;
  if (!versions.length) return <p>{t('history.never')}</p>;
  return (
    <div className="history">
      <ol reversed>
        {versions.map((v) => (
          <li key={v.version}>
            <button type="button" aria-pressed={chosen === v.version} onClick={() => void show(v.version)}>
              v{v.version}
            </button>{' '}
            {v.publishedAt && formatInstant(v.publishedAt)} {t('history.by', { who: v.author })}
          </li>
        ))}
      </ol>
      {chosen !== null && (changes ? <ChangeList changes={changes} /> : <p>{t('common:loading')}</p>)}
    </div>
  );
}
