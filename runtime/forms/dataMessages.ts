import type { Language } from '../i18n';
import { binProblem, iinOrBinProblem, iinProblem } from './iin';

/**
 * What a form validation error says, per keyword, in each language. `{name}` is the field's label in
 * that language, quoted as the language quotes, the other placeholders the keyword's limits. Every keyword the generated form schemas
 * use has a sentence here (validateData.test.ts walks them in kk).
 */
export const DATA_MESSAGES = {
  required: {
    kk: '{name} толтырылуы керек',
    ru: 'Заполните поле {name}',
    en: '{name} is required',
  },
  notAField: {
    kk: '{name} бұл форманың өрісі емес',
    ru: '{name} — не поле этой формы',
    en: '{name} is not a field of this form',
  },
  type: {
    kk: '{name} мәні {type} болуы керек',
    ru: 'Значение поля {name} должно быть: {type}',
    en: '{name} must be {type}',
  },
  iin: {
    kk: '{name} — жарамды ЖСН емес: {problem}',
    ru: '{name} — недействительный ИИН: {problem}',
    en: '{name} is not a valid IIN: {problem}',
  },
  bin: {
    kk: '{name} — жарамды БСН емес: {problem}',
    ru: '{name} — недействительный БИН: {problem}',
    en: '{name} is not a valid BIN: {problem}',
  },
  iinBin: {
    kk: '{name} — жарамды ЖСН немесе БСН емес: {problem}',
    ru: '{name} — недействительный ИИН или БИН: {problem}',
    en: '{name} is not a valid IIN or BIN: {problem}',
  },
  date: {
    kk: '{name} күн болуы керек (ЖЖЖЖ-АА-КК)',
    ru: 'Поле {name} должно содержать дату (ГГГГ-ММ-ДД)',
    en: '{name} must be a date (YYYY-MM-DD)',
  },
  dateTime: {
    kk: '{name} күн мен уақыт болуы керек (ЖЖЖЖ-АА-ККTсс:мм:ссZ)',
    ru: 'Поле {name} должно содержать дату и время (ГГГГ-ММ-ДДTчч:мм:ссZ)',
    en: '{name} must be a date and time (YYYY-MM-DDThh:mm:ssZ)',
  },
  email: {
    kk: '{name} электрондық пошта мекенжайы болуы керек',
    ru: 'Поле {name} должно содержать адрес электронной почты',
    en: '{name} must be an e-mail address',
  },
  file: {
    kk: '{name} тіркелген файл болуы керек',
    ru: 'К полю {name} нужно приложить файл',
    en: '{name} must be an attached file',
  },
  format: {
    kk: '{name} {format} пішімінде болуы керек',
    ru: 'Поле {name} должно быть в формате {format}',
    en: '{name} must be in the {format} format',
  },
  twelveDigits: {
    kk: '{name} 12 цифрдан тұруы керек',
    ru: 'Поле {name} должно содержать 12 цифр',
    en: '{name} must be 12 digits',
  },
  pattern: {
    kk: '{name} күтілген пішімде емес',
    ru: 'Поле {name} заполнено не в том формате',
    en: '{name} is not in the expected form',
  },
  empty: {
    kk: '{name} бос болмауы керек',
    ru: 'Поле {name} не должно быть пустым',
    en: '{name} must not be empty',
  },
  minLength: {
    kk: '{name} кемінде {limit} таңбадан тұруы керек',
    ru: 'Поле {name} должно содержать не менее {limit} символов',
    en: '{name} must be at least {limit} characters',
  },
  maxLength: {
    kk: '{name} {limit} таңбадан аспауы керек',
    ru: 'Поле {name} должно содержать не более {limit} символов',
    en: '{name} must be at most {limit} characters',
  },
  minimum: {
    kk: '{name} кемінде {limit} болуы керек',
    ru: 'Значение поля {name} должно быть не меньше {limit}',
    en: '{name} must be at least {limit}',
  },
  maximum: {
    kk: '{name} {limit} мәнінен аспауы керек',
    ru: 'Значение поля {name} должно быть не больше {limit}',
    en: '{name} must be at most {limit}',
  },
  minRows: {
    kk: '{name} кестесінде кемінде {limit} жол болуы керек',
    ru: 'В таблице {name} должно быть не меньше строк: {limit}',
    en: '{name} needs at least {limit} row(s)',
  },
  minChoices: {
    kk: '{name} үшін кемінде {limit} нұсқа таңдаңыз',
    ru: 'В поле {name} выберите вариантов не меньше: {limit}',
    en: '{name} needs at least {limit} choice(s)',
  },
  maxRows: {
    kk: '{name} кестесінде {limit} жолдан аспауы керек',
    ru: 'В таблице {name} должно быть не больше строк: {limit}',
    en: '{name} allows at most {limit} row(s)',
  },
  maxChoices: {
    kk: '{name} үшін {limit} нұсқадан артық таңдауға болмайды',
    ru: 'В поле {name} можно выбрать не больше вариантов: {limit}',
    en: '{name} allows at most {limit} choices',
  },
  uniqueItems: {
    kk: '{name} өрісінде бір нұсқа екі рет таңдалған',
    ru: 'В поле {name} один вариант выбран дважды',
    en: '{name} lists the same choice twice',
  },
  oneOfOptions: {
    kk: '{name} мына мәндердің бірі болуы керек: {options}',
    ru: 'Значение поля {name} должно быть одним из: {options}',
    en: '{name} must be one of: {options}',
  },
  notAllowed: {
    kk: '{name} өрісінде рұқсат етілмеген мән бар',
    ru: 'В поле {name} недопустимое значение',
    en: '{name} has a value that is not allowed',
  },
  invalid: {
    kk: '{name} жарамсыз',
    ru: 'Поле {name} заполнено неверно',
    en: '{name} is not valid',
  },
} as const satisfies Record<string, Record<Language, string>>;

export type DataMessage = keyof typeof DATA_MESSAGES;

/** The names of JSON types in a sentence ("must be a number"). */
export const TYPE_NAMES: Record<string, Record<Language, string>> = {
  string: { kk: 'мәтін', ru: 'текст', en: 'text' },
  number: { kk: 'сан', ru: 'число', en: 'a number' },
  integer: { kk: 'бүтін сан', ru: 'целое число', en: 'a whole number' },
  boolean: { kk: 'иә немесе жоқ', ru: 'да или нет', en: 'yes or no' },
  object: { kk: 'өрістер тобы', ru: 'группа полей', en: 'a group of fields' },
  array: { kk: 'тізім', ru: 'список', en: 'a list' },
};

/** The name of the whole data when an error is about no field in particular. */
export const THE_DATA: Record<Language, string> = { kk: 'Деректер', ru: 'Данные', en: 'The data' };

/** Why an IIN or BIN fails (runtime/forms/iin.ts says it in English): the same reasons in kk and ru. */
export const ID_PROBLEMS: Record<string, Record<Exclude<Language, 'en'>, string>> = {
  'must be 12 digits': { kk: '12 цифрдан тұруы керек', ru: 'должен состоять из 12 цифр' },
  'the 7th digit (century and sex) must be 0 to 6': {
    kk: '7-цифр (ғасыр мен жыныс) 0-ден 6-ға дейін болуы керек',
    ru: '7-я цифра (век и пол) должна быть от 0 до 6',
  },
  'the first six digits are not a date of birth (YYMMDD)': {
    kk: 'алғашқы алты цифр туған күн емес (ЖЖААКК)',
    ru: 'первые шесть цифр — не дата рождения (ГГММДД)',
  },
  'the check digit does not match': { kk: 'бақылау цифры сәйкес келмейді', ru: 'контрольная цифра не совпадает' },
  'the 3rd and 4th digits must be the month of registration (01 to 12)': {
    kk: '3- және 4-цифрлар тіркелген ай болуы керек (01–12)',
    ru: '3-я и 4-я цифры — месяц регистрации (01–12)',
  },
  'the 5th digit (type of entity) must be 4, 5 or 6': {
    kk: '5-цифр (ұйым түрі) 4, 5 немесе 6 болуы керек',
    ru: '5-я цифра (тип организации) должна быть 4, 5 или 6',
  },
  invalid: { kk: 'жарамсыз', ru: 'недействителен' },
};

export function dataMessage(key: DataMessage, lang: Language, params: Record<string, string | number>): string {
  return DATA_MESSAGES[key][lang].replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

/** A field's label quoted as each language quotes: «…» in kk and ru, "…" in en. */
export function quoted(label: string, lang: Language): string {
  return lang === 'en' ? `"${label}"` : `«${label}»`;
}

export function idProblem(problem: string, lang: Language): string {
  return lang === 'en' ? problem : (ID_PROBLEMS[problem]?.[lang] ?? problem);
}

/** One failed keyword of a form's JSON Schema, as ajv reports it (server) or @rjsf passes it on (browser). */
export interface FailedKeyword {
  keyword: string;
  params: Record<string, unknown>;
  /** the value that failed, for the IIN/BIN reason */
  value?: unknown;
  /** the type of the field it failed on, when known */
  fieldType?: string;
  optionValues?: readonly string[];
}

/**
 * The sentence for a failed keyword, naming the field by `name` (already quoted). The server's
 * validateFormData and the browser's form say the same thing in the same words.
 */
export function keywordMessage(failed: FailedKeyword, name: string, lang: Language): string {
  const { keyword, params, fieldType } = failed;
  const limit = String(params.limit);
  const say = (key: DataMessage, more: Record<string, string> = {}) => dataMessage(key, lang, { name, ...more });
  const isTable = fieldType === 'table';
  switch (keyword) {
    case 'required':
      return say('required');
    case 'additionalProperties':
      return say('notAField');
    case 'type':
      return say('type', { type: TYPE_NAMES[String(params.type)]?.[lang] ?? String(params.type) });
    case 'format':
      return formatMessage(String(params.format), failed.value, say, lang);
    case 'pattern':
      return fieldType && ['iin', 'bin', 'iin-bin'].includes(fieldType) ? say('twelveDigits') : say('pattern');
    case 'minLength':
      return Number(params.limit) <= 1 ? say('empty') : say('minLength', { limit });
    case 'maxLength':
      return say('maxLength', { limit });
    case 'minimum':
      return say('minimum', { limit });
    case 'maximum':
      return say('maximum', { limit });
    case 'minItems':
      return say(isTable ? 'minRows' : 'minChoices', { limit });
    case 'maxItems':
      return say(isTable ? 'maxRows' : 'maxChoices', { limit });
    case 'uniqueItems':
      return say('uniqueItems');
    case 'oneOf':
    case 'const':
    case 'enum':
      return failed.optionValues ? say('oneOfOptions', { options: failed.optionValues.join(', ') }) : say('notAllowed');
    default:
      return say('invalid');
  }
}

function formatMessage(
  format: string,
  value: unknown,
  say: (key: DataMessage, more?: Record<string, string>) => string,
  lang: Language,
): string {
  const text = typeof value === 'string' ? value : '';
  switch (format) {
    case 'iin':
      return say('iin', { problem: idProblem(iinProblem(text) ?? 'invalid', lang) });
    case 'bin':
      return say('bin', { problem: idProblem(binProblem(text) ?? 'invalid', lang) });
    case 'iin-bin':
      return say('iinBin', { problem: idProblem(iinOrBinProblem(text) ?? 'invalid', lang) });
    case 'date':
      return say('date');
    case 'date-time':
      return say('dateTime');
    case 'email':
      return say('email');
    case 'data-url':
      return say('file');
    default:
      return say('format', { format });
  }
}

/** Of several keywords failing on one value, the one worth saying (a missing value before its type). */
export const KEYWORD_RANK = ['required', 'additionalProperties', 'type', 'format', 'oneOf', 'const', 'enum'];

export function keywordRank(keyword: string): number {
  const rank = KEYWORD_RANK.indexOf(keyword);
  return rank === -1 ? KEYWORD_RANK.length : rank;
}
