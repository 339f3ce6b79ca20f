// The analytics pages in a real browser: the dashboard draws its charts from a workspace's
// history, a heatmap cell opens the conversations behind it and one of them opens in the inbox,
// the staffing plan runs with a peak scenario, a vendor agent sees only their own figures and no
// staffing, and the pages pass axe's checks. Waits use generous deadlines; nothing is timed.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { HOUR, MINUTE } from '../../src/core/clock.ts';
import { localPosition, timeZone } from '../../src/core/calendar/index.ts';
import { insertHistory, type HistoricalConversation } from '../../src/analytics/history/insert-history.ts';
import { refreshFacts } from '../../src/analytics/rollups/refresh-facts.ts';
import { startSimulatedEarshot, type SimulatedEarshot } from '../support/simulated.ts';
import { PASSWORD, type Actor } from '../support/app.ts';
import { axeViolations, browserSkipReason, ensureWebBuilt, launchBrowser } from '../support/browser.ts';

const skip = browserSkipReason();

describe('analytics in a browser', { skip: skip ?? false }, () => {
  let s: SimulatedEarshot;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
  let cell = '';

  before(async () => {
    ensureWebBuilt();
    s = await startSimulatedEarshot();
    const { workspace, teams, people } = s.app.seeded;
    // Two weeks of a small history in the care team: a complaint every two hours, most answered.
    const now = Date.now();
    const history: HistoricalConversation[] = [];
    for (let i = 0; i < 14 * 12; i++) {
      const at = now - 14 * 24 * HOUR + i * 2 * HOUR;
      const answered = i % 4 !== 0;
      history.push({
        workspaceId: workspace.id, channelAccountId: s.accounts.x.id, network: 'x', surface: 'public', teamId: teams.care.id,
        assigneeId: answered ? people.agent.id : null, topic: i % 3 === 0 ? 'baggage' : 'delivery', sentiment: i % 2 ? 'negative' : 'neutral',
        priority: 2, needsResponse: true, subject: `Complaint number ${i}`, author: { externalId: `e2e-${i % 20}`, handle: `fan${i % 20}`, followers: 100 * i },
        messages: [{ direction: 'inbound', at, body: `Complaint number ${i}` }, ...(answered ? [{ direction: 'outbound' as const, at: at + 25 * MINUTE, body: 'Sorry!', authorUserId: people.agent.id }] : [])],
        resolvedAt: answered ? at + HOUR : null,
      });
    }
    const ids = await s.app.earshot.storage.transaction((tx) => insertHistory(tx, history, now));
    await s.app.earshot.storage.transaction((tx) => refreshFacts(tx, ids, { now }));
    const first = localPosition(timeZone('UTC'), history[1]!.messages[0]!.at);
    cell = `${WEEKDAYS[first.weekday]} ${String(Math.floor(first.minuteOfDay / 60)).padStart(2, '0')}:00`;
    browser = await launchBrowser();
  });
  after(async () => {
    for (const context of contexts) await context.close().catch(() => {});
    await browser?.close();
    await s?.close();
  });

  async function pageAs(actor: Actor): Promise<Page> {
    const context = await browser.newContext({ viewport: { width: 1360, height: 900 } });
    context.setDefaultTimeout(20_000);
    contexts.push(context);
    const login = await context.request.post(`${s.url}/api/auth/login`, { data: { email: s.app.seeded.people[actor].email, password: PASSWORD } });
    assert.equal(login.status(), 200);
    return context.newPage();
  }

  it('draws the dashboard and drills from a heatmap cell down to a conversation', async () => {
    const page = await pageAs('supervisor');
    await page.goto(`${s.url}/inbox`);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Analytics' }).click();
    await page.getByRole('heading', { name: 'Analytics' }).waitFor();
    await page.locator('.kpi', { hasText: 'Response rate' }).getByText('75.0%').waitFor();
    for (const chart of ['Conversations and backlog per day', 'Sentiment per day', 'Conversations by weekday and hour', 'Volume by channel', 'Topics']) {
      await page.getByRole('group', { name: chart }).waitFor();
    }
    assert.deepEqual(await axeViolations(page), []);
    await page.getByRole('link', { name: new RegExp(`^${cell}: \\d+ conversations`) }).click();
    await page.waitForURL(/\/analytics\/conversations\?.*weekday=/);
    const row = page.locator('table.drill tbody tr').first();
    await row.waitFor();
    const subject = await row.getByRole('link').first().textContent();
    assert.match(subject ?? '', /^Complaint number \d+$/);
    await row.getByRole('link').first().click();
    await page.waitForURL(/\/inbox\/[0-9a-f-]+$/);
    await page.locator('.message', { hasText: subject! }).first().waitFor();
  });

  it('lists the unanswered ones from the response-rate figure, with a CSV export', async () => {
    const page = await pageAs('supervisor');
    await page.goto(`${s.url}/analytics`);
    await page.locator('.kpi', { hasText: 'Response rate' }).getByRole('link', { name: 'Unanswered' }).click();
    await page.getByRole('heading', { name: /Conversations not answered/ }).waitFor();
    // The heading shows while the list loads: wait for its rows before counting them.
    await page.locator('table.drill tbody tr').nth(41).waitFor();
    assert.equal(await page.locator('table.drill tbody tr').count(), 42);
    const href = await page.getByRole('link', { name: 'Export these as CSV' }).getAttribute('href');
    const csv = await page.context().request.get(`${s.url}${href}`);
    assert.equal(csv.status(), 200);
    assert.equal((await csv.text()).trim().split('\r\n').length, 43);
  });

  it('plans staffing with a peak scenario', async () => {
    const page = await pageAs('supervisor');
    await page.goto(`${s.url}/analytics`);
    await page.getByRole('link', { name: 'Staffing' }).click();
    await page.locator('input[name="days"]').fill('3');
    await page.locator('input[name="aht"]').fill('300');
    await page.locator('input[name="peak"]').fill('60');
    await page.locator('input[name="peakDays"]').fill(new Date(Date.now() + 2 * 24 * HOUR).toISOString().slice(0, 10));
    await page.getByRole('button', { name: 'Plan' }).click();
    await page.getByRole('heading', { name: 'Scenarios' }).waitFor();
    await page.getByRole('group', { name: 'Agents needed and scheduled per half-hour' }).waitFor();
    assert.equal(await page.locator('section[aria-labelledby="per-day"] tbody tr').count() >= 3, true);
    assert.deepEqual(await axeViolations(page), []);
  });

  it('shows a vendor agent their own teams only, and no staffing', async () => {
    const page = await pageAs('vendor');
    await page.goto(`${s.url}/analytics`);
    await page.locator('.kpi', { hasText: 'Response rate' }).getByText('–').waitFor();
    assert.equal(await page.getByRole('link', { name: 'Staffing' }).count(), 0);
  });
});
