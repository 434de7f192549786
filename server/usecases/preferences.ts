import type { Language } from '../../runtime/i18n';
import type { User } from '../repositories/users';
import type { Context } from './context';

export interface Preferences {
  /** the interface language the user chose, or null when they never chose */
  lang: Language | null;
}

export async function preferencesOf(ctx: Context, user: User): Promise<Preferences> {
  return { lang: await ctx.preferences.language(user.id) };
}

/** Every signed-in user may set their own preferences, and only their own. */
export async function setPreferences(ctx: Context, user: User, input: { lang: Language }): Promise<Preferences> {
  await ctx.preferences.setLanguage(user.id, input.lang, ctx.now());
  return { lang: input.lang };
}
