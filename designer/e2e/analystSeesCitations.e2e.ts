import { login, PASSWORD, withTab } from './browser';
import { check, waitForText, type Scenario } from './world';

/**
 * Issue 13: the designer shows the cited paragraph's text beside each element that cites it
 * (service, process, checklist), the further paragraphs an element encodes included, and a
 * checklist question's "asked only when" is picked from the earlier questions. In Russian.
 */
export const analystSeesCitations: Scenario = {
  name: 'analyst sees the cited paragraphs beside service, process and checklist elements, and Q14 asked only when Q13 is yes, in Russian',
  run: async (world) => {
    await withTab(
      world.browser,
      world.baseURL,
      'citations',
      async ({ page }) => {
        await login(page, 'analyst', PASSWORD, 'ru');

        // process: the testing step encodes 000 p.82 and, through `also`, p.80-1 and p.76-1
        await page.goto('/design/process/automation-request');
        const panel = page.locator('.step-panel');
        await panel.locator('select').first().selectOption('testing');
        await waitForText(panel.locator('[data-testid="source-text"][data-para="80-1"]'), /^80-1\. Оператор/);
        await waitForText(panel.locator('[data-testid="source-text"][data-para="76-1"]'), /^76-1\. Сервистік/);
        await waitForText(panel.locator('[data-testid="source-text"][data-para="82"]'), /^82\./);

        // service: a statement of the act (000 p.3.2) beside its text
        await page.goto('/design/service/automation-request');
        const statements = page.getByRole('region', { name: 'Что устанавливает акт' });
        await statements.locator('summary', { hasText: 'national-bank-scope' }).click();
        await waitForText(statements.locator('[data-testid="source-text"][data-para="3.2"]'), /Ұлттық банкінің/);

        // checklist: Q14 is asked only when Q13 is yes, picked from the earlier questions
        await page.goto('/design/checklist/optimization-review');
        const items = page.getByRole('region', { name: 'Пункты' });
        const q14 = items.locator('details', { has: page.locator('summary', { hasText: /^14 — / }) });
        await q14.locator('summary').click();
        const question = q14.getByLabel('Предыдущий вопрос');
        check((await question.inputValue()) === 'q13', 'Q14 depends on Q13');
        const offered = await question.locator('option').allTextContents();
        check(
          offered.length === 14,
          `the always-option and the 13 earlier questions are offered, got ${offered.length}`,
        );
        check(!offered.some((o) => o.startsWith('14 ') || o.startsWith('15 ')), 'no later question is offered');
        const answer = q14.getByLabel('получил ответ');
        check((await answer.inputValue()) === 'true', 'Q13 must be yes');
        check((await answer.locator('option:checked').textContent()) === 'да', 'the answer reads "да"');
        await waitForText(q14.locator('[data-testid="source-text"]').first(), /14/);
      },
      [],
      { lang: 'ru' },
    );
  },
};
