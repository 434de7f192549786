import type { DefinitionError, Source } from '../../../runtime/definitions/types';
import { TextField } from '../shared/widgets';

/** The citation {doc, para} of the act an element encodes. */
export function SourceInput({
  value,
  onChange,
  errors,
  at,
}: {
  value: Source | undefined;
  onChange: (s: Source | undefined) => void;
  errors: readonly DefinitionError[];
  at: string;
}) {
  const set = (patch: Partial<Source>) => {
    const next = { doc: '', para: '', ...value, ...patch };
    onChange(next.doc || next.para ? next : undefined);
  };
  return (
    <fieldset className="source row">
      <legend>Citation</legend>
      <TextField
        label="Document"
        value={value?.doc}
        onChange={(doc) => set({ doc })}
        errors={errors}
        at={`${at}/doc`}
        placeholder="004/S1"
      />
      <TextField
        label="Paragraph"
        value={value?.para}
        onChange={(para) => set({ para })}
        errors={errors}
        at={`${at}/para`}
        placeholder="8.2"
      />
    </fieldset>
  );
}
