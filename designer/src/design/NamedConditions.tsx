import { useTranslation } from 'react-i18next';
import type { DefinitionError, Ruleset } from '../../../runtime/definitions/types';
import { ErrorsAt } from '../shared/widgets';
import { ConditionBuilder, type FactChoice } from './ConditionBuilder';
import { addCondition, removeCondition, renameCondition } from './namedConditions';

/**
 * The ruleset's shared named conditions (json-rules-engine's condition references): each is built
 * like a rule's conditions, and rules (or other named conditions) use it by name.
 */
export function NamedConditions({
  ruleset,
  onChange,
  errors,
  facts,
}: {
  ruleset: Ruleset;
  onChange: (r: Ruleset) => void;
  errors: readonly DefinitionError[];
  facts: readonly FactChoice[];
}) {
  const { t } = useTranslation('rulesets');
  const named = ruleset.conditions ?? {};
  const names = Object.keys(named);
  return (
    <section className="named-conditions" aria-label={t('named.title')} data-pointer="/conditions">
      <h3>{t('named.title')}</h3>
      <p className="hint">{t('named.help')}</p>
      {names.map((name) => (
        <details key={name} open>
          <summary>{name}</summary>
          <div className="row">
            <label>
              {t('named.name')}
              <input
                defaultValue={name}
                key={name}
                onBlur={(e) => {
                  const next = e.target.value.trim();
                  if (next && next !== name) onChange(renameCondition(ruleset, name, next));
                }}
              />
            </label>
            <button type="button" className="small" onClick={() => onChange(removeCondition(ruleset, name))}>
              {t('named.remove')}
            </button>
          </div>
          <ErrorsAt errors={errors} at={`/conditions/${name}`} />
          <ConditionBuilder
            value={named[name] ?? { all: [] }}
            onChange={(c) => onChange({ ...ruleset, conditions: { ...named, [name]: c } })}
            facts={facts}
            errors={errors}
            at={`/conditions/${name}`}
            label={t('named.of', { name })}
            names={names.filter((n) => n !== name)}
          />
        </details>
      ))}
      <button type="button" onClick={() => onChange(addCondition(ruleset).ruleset)}>
        {t('named.add')}
      </button>
    </section>
  );
}
