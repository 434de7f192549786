import { calendarFor } from '../../runtime/calendar';
import type { Calendar } from '../../runtime/definitions/types';
import { apiSession } from './apiSession';
import { login, screenshot, withTab } from './browser';
import { check, waitForText, type Scenario } from './world';

export const adminCalendarImpact: Scenario = {
  name: "admin adds a holiday inside the case's term and sees the case in the impact preview",
  run: async (world) => {
    const caseId = world.caseId;
    check(caseId, 'the staff scenario left a submitted case');
    const api = await apiSession(world, 'admin');
    const found = await api.get<{ submittedAt: string; deadlines: { id: string; due: string }[] }>(
      `/api/cases/${world.caseId}`,
    );
    const kz = (await api.get<{ definition: Calendar }>('/api/definitions/calendar/kz')).definition;
    await api.dispose();
    const calendar = calendarFor(kz);
    const due = found.deadlines.find((d) => d.id === 'term')?.due;
    check(due, 'the case has its term');
    // the first working day after the day of submission, and before the due day
    let day = calendar.localDate(new Date(found.submittedAt));
    let holiday = '';
    for (let i = 0; i < 30 && !holiday; i++) {
      day = new Date(Date.parse(`${day}T12:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
      if (calendar.info(day).working && day < calendar.localDate(new Date(due))) holiday = day;
    }
    check(holiday, 'found a working day inside the term');

    await withTab(world.browser, world.baseURL, 'calendar-impact', async (tab) => {
      const { page } = tab;
      await login(page, 'admin');
      await page.goto('/admin/definitions/calendar/kz');
      await page.getByLabel('Holiday date').fill(holiday);
      await page.getByLabel('Name', { exact: true }).first().fill('E2E decree holiday');
      await page.getByRole('button', { name: 'Add holiday' }).click();
      await waitForText(page.locator('section[aria-label="Added holidays"]'), new RegExp(holiday));
      const impact = page.getByRole('region', { name: 'Impact preview' });
      const answered = page.waitForResponse(
        (r) => r.url().endsWith('/api/calendars/kz/impact') && r.request().method() === 'POST',
      );
      await impact.getByRole('button', { name: 'Preview impact' }).click();
      // the server's answer itself names the case and its moved term
      const response = await answered;
      check(response.status() === 200, `POST /api/calendars/kz/impact answered ${response.status()}`);
      const rows = (await response.json()) as { case: string; service: string; deadline: string }[];
      check(
        rows.some((r) => r.case === caseId && r.deadline === 'term' && r.service === world.serviceId),
        `the server's impact names case ${caseId}: ${JSON.stringify(rows).slice(0, 300)}`,
      );
      await waitForText(impact.getByTestId('impact-table'), new RegExp(caseId), 20_000);
      await waitForText(impact.getByTestId('impact-source'), /computed by the server/);
      await screenshot(page, '10-admin-calendar-impact');
    });
  },
};
