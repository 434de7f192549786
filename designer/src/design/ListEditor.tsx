import { useTranslation } from 'react-i18next';
import { useEffect, useState, type ReactNode } from 'react';
import type { DefinitionError } from '../../../runtime/definitions/types';
import { errorsUnder } from '../shared/pointer';
import { SectionHeading, Subsections } from '../shared/headingLevel';
import { ErrorsAt } from '../shared/widgets';

/** A list of items in a definition, each editable, removable and reorderable, and "add". */
export function ListEditor<T>({
  title,
  items,
  at,
  errors,
  onChange,
  make,
  render,
  name,
  region = title,
}: {
  title: string;
  /** the region's name when the title alone repeats on the page (two lists of "Breaks") */
  region?: string;
  items: readonly T[];
  at: string;
  errors: readonly DefinitionError[];
  onChange: (items: T[]) => void;
  make: (items: readonly T[]) => T;
  render: (item: T, set: (item: T) => void, pointer: string, index: number) => ReactNode;
  name: (item: T, index: number) => string;
}) {
  const { t, i18n } = useTranslation('design');
  const [added, setAdded] = useState<number | null>(null);
  const move = (i: number, by: number) => {
    const next = [...items];
    const [item] = next.splice(i, 1);
    next.splice(i + by, 0, item as T);
    onChange(next);
  };
  return (
    <section className="list-editor" aria-label={region} data-pointer={at}>
      <SectionHeading>
        {title} <span className="count">({items.length})</span>
      </SectionHeading>
      <ErrorsAt errors={errors} at={at} />
      {items.map((item, i) => {
        const pointer = `${at}/${i}`;
        const problems = errorsUnder(errors, pointer).length;
        return (
          <Item
            key={i}
            invalid={problems > 0}
            opened={i === added}
            title={
              <>
                {name(item, i)} {problems > 0 && <span className="badge invalid">{problems}</span>}
              </>
            }
          >
            <div className="list-item-body">
              <Subsections>
                {render(item, (next) => onChange(items.map((x, j) => (j === i ? next : x))), pointer, i)}
              </Subsections>
              <div className="row-actions">
                <button type="button" disabled={i === 0} onClick={() => move(i, -1)}>
                  {t('s.move_up')}
                </button>
                <button type="button" disabled={i === items.length - 1} onClick={() => move(i, 1)}>
                  {t('s.move_down')}
                </button>
                <button type="button" onClick={() => onChange(items.filter((_, j) => j !== i))}>
                  {t('s.remove')}
                </button>
              </div>
            </div>
          </Item>
        );
      })}
      <button
        type="button"
        onClick={() => {
          setAdded(items.length);
          onChange([...items, make(items)]);
        }}
      >
        {t('s.add_item', { what: i18n.language === 'en' ? title.toLowerCase().replace(/s$/, '') : title })}
      </button>
    </section>
  );
}

/** An item opens when added or when it has problems, and otherwise stays as the user left it. */
function Item({
  invalid,
  opened,
  title,
  children,
}: {
  invalid: boolean;
  opened: boolean;
  title: ReactNode;
  children: ReactNode;
}) {
  const [open, setOpen] = useState(invalid || opened);
  useEffect(() => {
    if (invalid || opened) setOpen(true);
  }, [invalid, opened]);
  return (
    <details
      className={`list-item${invalid ? ' invalid' : ''}`}
      open={open}
      onToggle={(e) => setOpen((e.target as HTMLDetailsElement).open)}
    >
      <summary>{title}</summary>
      {children}
    </details>
  );
}
