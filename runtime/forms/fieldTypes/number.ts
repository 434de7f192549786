import type { FieldOf } from '../../definitions/form';
import { resolveLabel } from '../../i18n';
import { sampleNumber } from './samples';
import { defined, fieldType } from './types';

/** A number (or a whole number), its unit said in the title ("Area, m²"); it may be computed. */
export const number = fieldType<FieldOf<'number' | 'integer'>>({
  jsonSchema: (field, { title, lang }) => {
    const unit = resolveLabel(field.unit, lang);
    return {
      type: field.type,
      title: unit ? `${title}, ${unit}` : title,
      ...defined({ minimum: field.min, maximum: field.max }),
    };
  },
  sample: (field) => sampleNumber(field, field.type === 'integer'),
});
