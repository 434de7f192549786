import { useTranslation } from 'react-i18next';

export const TABS = ['edit', 'json', 'history'] as const;
export type Tab = (typeof TABS)[number];

/** The editor's views of one definition: its kind's editor, its JSON, its versions. */
export function EditorTabs({ tab, onChange }: { tab: Tab; onChange: (tab: Tab) => void }) {
  const { t } = useTranslation('design');
  return (
    <div role="tablist" className="tabs" aria-label={t('editor.views')}>
      {TABS.map((view) => (
        <button key={view} type="button" role="tab" aria-selected={tab === view} onClick={() => onChange(view)}>
          {t(`editor.tab.${view}`)}
        </button>
      ))}
    </div>
  );
}
