import { apiSession } from './apiSession';
import { login, openTab, PASSWORD, screenshot, type TabLang } from './browser';
import { check, ScenarioFailure, waitForText, type Scenario } from './world';

/** What the screens say, in each language the scenario reads them in. */
const WORDS = {
  kk: {
    home: 'Хабарламалар',
    emailOf: 'staff электрондық поштасы',
    save: 'Мекенжайды сақтау',
    saved: /staff мекенжайы сақталды/,
    kind: 'өтініш қабылданды',
    retry: 'Қайта жіберу',
    retried: /қайта жіберіледі/,
  },
  ru: {
    home: 'Уведомления',
    emailOf: 'Электронная почта staff',
    save: 'Сохранить адрес',
    saved: /Адрес staff сохранён/,
    kind: 'заявление принято',
    retry: 'Отправить снова',
    retried: /будет отправлено снова/,
  },
} as const;

/**
 * A service version tells the case's creator of a submission; the e2e server's mail server refuses
 * every connection (run.ts), so the notice fails. The admin gives staff an address in Admin → Users
 * and finds the failed notice, with its error, in Admin → Notifications, in Kazakh and in Russian.
 */
export const adminSeesFailedNotices: Scenario = {
  name: 'admin sees failed notifications in kk and ru',
  run: async (world) => {
    const analyst = await apiSession(world, 'analyst');
    const current = await analyst.get<{ definition: Record<string, unknown> }>('/api/definitions/service/ucc-refusals');
    const drafted = await analyst.put<{ revision: number }>('/api/definitions/service/ucc-refusals/draft', {
      ...current.definition,
      notices: [{ on: 'submitted', to: ['creator'] }],
    });
    await analyst.dispose();
    const admin = await apiSession(world, 'admin');
    await admin.post('/api/definitions/service/ucc-refusals/publish', { baseRevision: drafted.revision });

    const tabs = {
      kk: await openTab(world.browser, world.baseURL, { lang: 'kk' }),
      ru: await openTab(world.browser, world.baseURL, { lang: 'ru' }),
    };
    try {
      // the address, set in the browser (Kazakh)
      const kk = tabs.kk.page;
      await login(kk, 'admin', PASSWORD, 'kk');
      await kk.goto('/admin/users');
      await kk.getByLabel(WORDS.kk.emailOf).fill('staff@example.kz');
      await kk
        .locator('form', { has: kk.getByLabel(WORDS.kk.emailOf) })
        .getByRole('button', { name: WORDS.kk.save })
        .click();
      await waitForText(kk.getByRole('status'), WORDS.kk.saved);
      const users = await admin.get<{ users: { username: string; email: string | null }[] }>('/api/users');
      check(users.users.find((u) => u.username === 'staff')?.email === 'staff@example.kz', 'the address is stored');

      const staff = await apiSession(world, 'staff');
      const started = await staff.post<{ id: string }>('/api/cases', {
        service: 'ucc-refusals',
        channel: 'internal',
        data: { provider: 'E2E', refusals: [] },
      });
      await staff.post(`/api/cases/${started.id}/submit`);
      await staff.dispose();
      const until = Date.now() + 20_000;
      let failed: { caseId: string; lastError: string | null }[] = [];
      while (Date.now() < until) {
        failed = (await admin.get<{ notifications: typeof failed }>('/api/notifications?status=failed')).notifications;
        if (failed.some((n) => n.caseId === started.id)) break;
        await new Promise((r) => setTimeout(r, 250));
      }
      const mine = failed.find((n) => n.caseId === started.id);
      if (!mine) throw new ScenarioFailure('the notice was not marked failed within 20 s');

      for (const lang of ['kk', 'ru'] as TabLang[]) {
        const words = WORDS[lang as 'kk' | 'ru'];
        const page = tabs[lang as 'kk' | 'ru'].page;
        if (lang === 'ru') await login(page, 'admin', PASSWORD, 'ru');
        await page.goto('/admin');
        await page.getByRole('link', { name: words.home }).click();
        await waitForText(page.getByRole('heading', { level: 1 }), new RegExp(words.home));
        const row = page.locator('tr', { hasText: 'staff@example.kz' }).filter({ hasText: words.kind }).first();
        await row.waitFor({ timeout: 10_000 });
        const text = (await row.textContent()) ?? '';
        check(text.includes(mine.lastError ?? '\u0000'), `the row shows the error (${lang}): ${text}`);
        await screenshot(page, `40-failed-notifications-${lang}`);
      }
      // sent again from the Russian screen: it waits for the next delivery, which fails again
      const ru = tabs.ru.page;
      await ru
        .locator('tr', { hasText: 'staff@example.kz' })
        .filter({ hasText: WORDS.ru.kind })
        .first()
        .getByRole('button', { name: WORDS.ru.retry })
        .click();
      await waitForText(ru.getByRole('status'), WORDS.ru.retried);
      const audit = await admin.get<{ entries: { action: string }[] }>('/api/audit?action=notification.retry');
      check(audit.entries.length === 1, 'the audit records the retry');
      const unexpected = [...tabs.kk.consoleErrors, ...tabs.ru.consoleErrors];
      check(unexpected.length === 0, `console errors: ${unexpected.join(' | ')}`);
    } finally {
      await admin.dispose();
      await tabs.kk.context.close();
      await tabs.ru.context.close();
    }
  },
};
