import type { Language } from '../../runtime/i18n';
import type { AppError, ErrorDetail } from '../errors';

type Said = Record<Exclude<Language, 'en'>, string>;

/**
 * What the server says when something fails, in Kazakh and Russian. The use cases raise their errors in
 * English (`code` and `path` are what clients rely on); the error middleware turns `message` into the
 * language of the request here. `$1`… stand for what the English pattern captured (ids, numbers).
 */
const MESSAGES: [RegExp, Said][] = [
  [/^sign in first$/, { kk: 'Алдымен жүйеге кіріңіз', ru: 'Сначала войдите в систему' }],
  [
    /^wrong username or password$/,
    { kk: 'Пайдаланушы аты немесе құпия сөз қате', ru: 'Неверное имя пользователя или пароль' },
  ],
  [
    /^too many failed sign-ins: try again in (\d+) s$/,
    {
      kk: 'Кіру әрекеттері тым көп: $1 секундтан кейін қайталаңыз',
      ru: 'Слишком много неудачных попыток входа: повторите через $1 с',
    },
  ],
  [
    /^the request body is not valid JSON$/,
    { kk: 'Сұрау денесі жарамды JSON емес', ru: 'Тело запроса — не корректный JSON' },
  ],
  [/^the request body is larger than the limit$/, { kk: 'Сұрау тым үлкен', ru: 'Запрос слишком большой' }],
  [/^the request body is not valid$/, { kk: 'Сұрау деректері жарамсыз', ru: 'Данные запроса неверны' }],
  [/^the form data is not valid$/, { kk: 'Форма қате толтырылған', ru: 'Форма заполнена с ошибками' }],
  [/^the survey answers are not valid$/, { kk: 'Сауалнама жауаптары қате', ru: 'Ответы опроса заполнены с ошибками' }],
  [/^a form needs its data$/, { kk: 'Форманың деректері берілмеген', ru: 'Не переданы данные формы' }],
  [/^the (candidate )?(\w+) is not valid$/, { kk: 'Анықтама ($2) жарамсыз', ru: 'Определение ($2) содержит ошибки' }],
  [
    /^someone else wrote this at the same time: reload it and try again$/,
    {
      kk: 'Мұны дәл қазір басқа біреу өзгертті: қайта жүктеп, қайталаңыз',
      ru: 'Это одновременно изменил кто-то другой: обновите и повторите',
    },
  ],
  [
    /^(.+) is at revision (\d+), not (\d+): reload it and apply your change again$/,
    {
      kk: '$1 өзгертілген (нұсқа $2, сізде $3): қайта жүктеп, өзгерісті қайталаңыз',
      ru: '$1 изменено (ревизия $2, у вас $3): обновите и повторите изменение',
    },
  ],
  [/^case "([^"]+)" is already submitted$/, { kk: '«$1» ісі бұрын жіберілген', ru: 'Дело «$1» уже подано' }],
  [
    /^case "([^"]+)" was changed by someone else: reload it$/,
    { kk: '«$1» ісін басқа біреу өзгертті: қайта жүктеңіз', ru: 'Дело «$1» изменил кто-то другой: обновите страницу' },
  ],
  [
    /^case "([^"]+)" is submitted: its data can no longer change$/,
    {
      kk: '«$1» ісі жіберілген: деректерін енді өзгертуге болмайды',
      ru: 'Дело «$1» подано: его данные больше нельзя менять',
    },
  ],
  [/^no case "([^"]+)"$/, { kk: '«$1» ісі жоқ', ru: 'Дела «$1» нет' }],
  [/^no service "([^"]+)"$/, { kk: '«$1» қызметі жоқ', ru: 'Услуги «$1» нет' }],
  [/^no (\w+) "([^"]+)"(.*)$/, { kk: '«$2» ($1) табылмады', ru: '«$2» ($1) не найдено' }],
  [/^user "([^"]+)" exists$/, { kk: '«$1» пайдаланушысы бар', ru: 'Пользователь «$1» уже существует' }],
  [/^role "([^"]+)" may not (.+)$/, { kk: '«$1» рөлінің бұған рұқсаты жоқ', ru: 'Роли «$1» это не разрешено' }],
  [/^something went wrong on the server$/, { kk: 'Серверде қате шықты', ru: 'На сервере произошла ошибка' }],
  [
    /^no draft of (\w+) "([^"]+)" to delete$/,
    { kk: '«$2» ($1) жобасы жоқ: жоятын ештеңе жоқ', ru: 'Черновика «$2» ($1) нет: удалять нечего' },
  ],
];

/** When no sentence above fits: what the code means, so the person still reads their language. */
const BY_CODE: Record<string, Said> = {
  BAD_REQUEST: { kk: 'Сұрау қате', ru: 'Некорректный запрос' },
  MALFORMED_JSON: { kk: 'Сұрау денесі жарамды JSON емес', ru: 'Тело запроса — не корректный JSON' },
  TOO_DEEP: { kk: 'Сұрау тым терең', ru: 'Запрос слишком глубоко вложен' },
  UNAUTHORIZED: { kk: 'Алдымен жүйеге кіріңіз', ru: 'Сначала войдите в систему' },
  BAD_CREDENTIALS: { kk: 'Пайдаланушы аты немесе құпия сөз қате', ru: 'Неверное имя пользователя или пароль' },
  FORBIDDEN: { kk: 'Бұл әрекетке рұқсат жоқ', ru: 'Это действие вам не разрешено' },
  NOT_FOUND: { kk: 'Табылмады', ru: 'Не найдено' },
  CONFLICT: {
    kk: 'Әрекет қазіргі күймен үйлеспейді: қайта жүктеңіз',
    ru: 'Действие противоречит текущему состоянию: обновите страницу',
  },
  INVALID: { kk: 'Деректер жарамсыз', ru: 'Данные неверны' },
  TOO_LARGE: { kk: 'Сұрау тым үлкен', ru: 'Запрос слишком большой' },
  UNSUPPORTED_MEDIA_TYPE: { kk: 'Бұл кодтау қолдау көрсетілмейді', ru: 'Эта кодировка не поддерживается' },
  TOO_MANY_ATTEMPTS: { kk: 'Әрекеттер тым көп: кейінірек қайталаңыз', ru: 'Слишком много попыток: повторите позже' },
  INTERNAL: { kk: 'Серверде қате шықты', ru: 'На сервере произошла ошибка' },
};

/** Pointers' messages that come from definition and body validation (runtime/definitions/ajv). */
const DETAILS: [RegExp, Said][] = [
  [/^is required$/, { kk: 'міндетті', ru: 'обязательно' }],
  [/^is not a known property here$/, { kk: 'бұл жерде мұндай қасиет жоқ', ru: 'здесь нет такого свойства' }],
  [/^must be one of: (.*)$/, { kk: 'мына мәндердің бірі болуы керек: $1', ru: 'должно быть одним из: $1' }],
  [
    /^must be (string|number|integer|boolean|object|array|null)$/,
    { kk: '$1 түрінде болуы керек', ru: 'должно иметь тип $1' },
  ],
  [/^must NOT have more than (\d+) characters$/, { kk: '$1 таңбадан аспауы керек', ru: 'не более $1 символов' }],
  [/^must NOT have fewer than (\d+) characters$/, { kk: 'кемінде $1 таңба болуы керек', ru: 'не менее $1 символов' }],
  [/^must NOT have more than (\d+) items$/, { kk: '$1 элементтен аспауы керек', ru: 'не более $1 элементов' }],
  [/^must NOT have fewer than (\d+) items$/, { kk: 'кемінде $1 элемент болуы керек', ru: 'не менее $1 элементов' }],
  [
    /^must match pattern "(.*)"$/,
    { kk: '"$1" үлгісіне сәйкес болуы керек', ru: 'должно соответствовать шаблону "$1"' },
  ],
  [/^must match format "(.*)"$/, { kk: '"$1" пішімінде болуы керек', ru: 'должно быть в формате "$1"' }],
  [/^must be (>=|<=|>|<) (.+)$/, { kk: '$1 $2 болуы керек', ru: 'должно быть $1 $2' }],
  [/^must be an object$/, { kk: 'объект болуы керек', ru: 'должно быть объектом' }],
  [
    /^must be equal to constant$/,
    { kk: 'белгіленген мәнге тең болуы керек', ru: 'должно равняться заданному значению' },
  ],
  [
    /^must match exactly one schema in oneOf$/,
    {
      kk: 'рұқсат етілген нұсқалардың біріне сәйкес келуі керек',
      ru: 'должно соответствовать ровно одному из вариантов',
    },
  ],
];

function translate(text: string, table: [RegExp, Said][], lang: Exclude<Language, 'en'>): string | null {
  for (const [pattern, said] of table) {
    const match = pattern.exec(text);
    if (match) return said[lang].replace(/\$(\d)/g, (_, n: string) => match[Number(n)] ?? '');
  }
  return null;
}

/** A detail already written in the asker's language (form data errors are) keeps its words. */
const isLatin = (text: string) => /[A-Za-z]{3,}/.test(text.replace(/"[^"]*"/g, ''));

/** The error body `{code, message, details}` in `lang`: the same code and paths, the words translated. */
export function localizedError(
  error: AppError,
  lang: Language,
): { code: string; message: string; details: ErrorDetail[] } {
  if (lang === 'en') return { code: error.code, message: error.message, details: error.details };
  const message = translate(error.message, MESSAGES, lang) ?? BY_CODE[error.code]?.[lang] ?? error.message;
  const details = error.details.map((detail) => ({
    ...detail,
    message: isLatin(detail.message) ? (translate(detail.message, DETAILS, lang) ?? detail.message) : detail.message,
  }));
  return { code: error.code, message, details };
}
