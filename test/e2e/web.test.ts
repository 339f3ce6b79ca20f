// The agent app in a real browser against a real Earshot wired to the network simulator: sign in,
// a complaint posted on the (simulated) network appears live, a public reply reaches the network,
// colleagues see each other viewing and typing, keyboard-only work, a phone-sized screen, axe
// checks, and hostile text that must stay text. Waits use generous deadlines; nothing here
// asserts how long anything took.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { SimActivity } from '../../src/simulator/traffic/traffic-generator.ts';
import { startSimulatedEarshot, type SimulatedEarshot } from '../support/simulated.ts';
import { PASSWORD, type Actor } from '../support/app.ts';
import { axeViolations, browserSkipReason, ensureWebBuilt, launchBrowser } from '../support/browser.ts';

const skip = browserSkipReason();
let seq = 0;

function mention(text: string, author: { id: string; handle: string; name?: string; followers?: number } = { id: '6253282', handle: 'jane_flies', name: 'Jane Flies', followers: 48_000 }): SimActivity {
  return {
    seq: ++seq, network: 'x', kind: 'mention', text: `@AcmeAir ${text}`, at: Date.now() - 1000, category: 'complaint', language: 'en',
    author: { key: author.handle, name: author.name ?? author.handle, handle: author.handle, followers: author.followers ?? 900, verified: false, language: 'en',
      ids: { x: author.id, facebook: '1', instagram: '1', whatsapp: '1' } },
  };
}

async function until<T>(what: string, probe: () => T | Promise<T>, deadlineMs = 15_000): Promise<NonNullable<T>> {
  const end = Date.now() + deadlineMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > end) throw new Error(`gave up waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe('the agent app in a browser', { skip: skip ?? false }, () => {
  let s: SimulatedEarshot;
  let browser: Browser;
  const contexts: BrowserContext[] = [];

  before(async () => {
    ensureWebBuilt();
    s = await startSimulatedEarshot();
    // New X conversations go to the care team, where the agents work.
    const admin = await s.app.as('admin');
    const patched = await admin.request('PATCH', `/api/channels/${s.accounts.x.id}`, { defaultTeamId: s.app.seeded.teams.care.id });
    assert.equal(patched.statusCode, 200, patched.body);
    browser = await launchBrowser();
  });
  after(async () => {
    for (const context of contexts) await context.close().catch(() => {});
    await browser?.close();
    await s?.close();
  });

  async function pageAs(actor: Actor | 'colleague', viewport = { width: 1360, height: 860 }): Promise<Page> {
    const context = await browser.newContext({ viewport });
    context.setDefaultTimeout(15_000);
    contexts.push(context);
    const user = actor === 'colleague' ? s.app.seeded.colleague : s.app.seeded.people[actor];
    const login = await context.request.post(`${s.url}/api/auth/login`, { data: { email: user.email, password: PASSWORD } });
    assert.equal(login.status(), 200);
    return context.newPage();
  }

  async function openInbox(page: Page): Promise<void> {
    await page.goto(`${s.url}/inbox?view=all`);
    await page.locator('.live-open').waitFor();
  }

  it('signs in with the form and shows the inbox, accessibly', async () => {
    const context = await browser.newContext();
    contexts.push(context);
    const page = await context.newPage();
    const response = await page.goto(`${s.url}/`);
    assert.match(String(response?.headers()['content-security-policy']), /script-src 'self'/);
    await page.getByLabel('E-mail').fill(s.app.seeded.people.agent.email);
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { name: 'All open' }).waitFor();
    await page.getByRole('navigation', { name: 'Inbox views' }).waitFor();
    assert.deepEqual(await axeViolations(page), []);
    assert.deepEqual(await axeViolations(await loginPage()), []);
  });

  async function loginPage(): Promise<Page> {
    const context = await browser.newContext();
    contexts.push(context);
    const page = await context.newPage();
    await page.goto(`${s.url}/`);
    await page.getByRole('heading', { name: 'Sign in to Earshot' }).waitFor();
    return page;
  }

  let conversationUrl = '';

  it('saves the filter in use, opens it, and deletes it', async () => {
    const page = await pageAs('agent');
    await openInbox(page);
    await page.getByLabel('Priority').selectOption({ index: 1 });
    await page.getByRole('button', { name: 'Save this filter' }).click();
    await page.getByLabel('Filter name').fill('Urgent ones');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    const saved = page.getByRole('region', { name: 'Saved filters' });
    await saved.getByRole('link', { name: 'Urgent ones' }).click();
    await page.waitForURL(/filterId=/);
    await saved.getByRole('button', { name: 'Delete the saved filter Urgent ones' }).click();
    await saved.getByRole('link', { name: 'Urgent ones' }).waitFor({ state: 'detached' });
    const left = await page.context().request.get(`${s.url}/api/inbox/filters`);
    assert.deepEqual((await left.json() as { filters: Array<{ name: string }> }).filters.map((f) => f.name), []);
  });

  it('shows a complaint posted on the network in the open inbox, live', async () => {
    const page = await pageAs('agent');
    await openInbox(page);
    s.sim.publish('x', mention('my bag never arrived in Lisbon, flight AC 812'));
    const row = page.locator('.row', { hasText: 'my bag never arrived in Lisbon' });
    await row.waitFor();
    await row.click();
    await page.getByText('Public — visible to everyone on X').first().waitFor();
    await page.getByRole('complementary', { name: 'Contact' }).getByText('Jane Flies').first().waitFor();
    conversationUrl = page.url();
    assert.deepEqual(await axeViolations(page), []);
  });

  it('replies in public, and the network receives the call', async () => {
    const page = await pageAs('agent');
    await page.goto(conversationUrl);
    await page.getByRole('radio', { name: 'Public reply' }).check();
    await page.getByText('Everyone on X will see this reply').waitFor();
    await page.getByLabel('Reply', { exact: true }).fill('Sorry Jane! We are tracing bag AC 812 now.');
    await page.getByRole('button', { name: 'Send public reply' }).click();
    await page.getByText('Public reply queued').waitFor();
    const call = await until('the reply on X', () => s.sim.calls.find((c) => c.method === 'POST' && c.path === '/2/tweets' && JSON.stringify(c.body).includes('tracing bag AC 812')));
    assert.equal(call.status, 201);
    const ours = page.locator('.message.outbound', { hasText: 'tracing bag AC 812' });
    await ours.getByText(/Sent|Delivered/).waitFor();
  });

  it('shows a colleague who views and types, and asks before a reply that crosses theirs', async () => {
    const agent = await pageAs('agent');
    await agent.goto(conversationUrl);
    const colleague = await pageAs('colleague');
    await colleague.goto(conversationUrl);
    await agent.getByText('Colleague is viewing').waitFor();
    await colleague.getByLabel('Reply', { exact: true }).pressSequentially('On it');
    await agent.getByText('Colleague is typing a reply…').waitFor();

    // The colleague's screen misses the agent's reply (its refreshes fail), so their reply names an
    // older message as the newest seen: the server refuses it and the app asks before sending.
    await colleague.route(/\/api\/conversations\/[^/]+$/, (route) => route.abort());
    await agent.getByLabel('Reply', { exact: true }).fill('Jane, your bag is in Porto; it reaches you tonight.');
    await agent.getByRole('button', { name: /^Send/ }).click();
    await until('the agent\'s reply stored', () => agent.getByText(/reply queued/i).isVisible());
    await colleague.getByRole('button', { name: /^Send/ }).click();
    await colleague.getByText('Someone else replied first.').waitFor();
    await colleague.unroute(/\/api\/conversations\/[^/]+$/);
    await colleague.getByRole('button', { name: 'Send mine anyway' }).click();
    await colleague.getByText(/reply queued/i).waitFor();
  });

  it('works by keyboard alone: next, reply, send, resolve, help', async () => {
    const page = await pageAs('agent');
    await openInbox(page);
    s.sim.publish('x', mention('still no refund for booking XK9Q2', { id: '777000111', handle: 'tom_b', name: 'Tom B' }));
    await page.locator('.row', { hasText: 'still no refund' }).waitFor();
    await page.locator('body').press('j');
    await page.locator('.conversation-head').waitFor();
    const opened = await page.locator('#conversation-title').textContent();
    await page.keyboard.press('r');
    assert.equal(await page.evaluate('document.activeElement?.id'), 'composer-text');
    await page.keyboard.type('We are on it.');
    await page.keyboard.press('Control+Enter');
    await page.getByText(/reply queued/i).waitFor();
    await page.keyboard.press('Escape');
    await page.keyboard.press('e');
    await page.getByRole('button', { name: /Reopen/ }).waitFor();
    await page.keyboard.press('?');
    await page.getByRole('dialog', { name: 'Keyboard shortcuts' }).waitFor();
    await page.keyboard.press('Escape');
    await page.getByRole('dialog', { name: 'Keyboard shortcuts' }).waitFor({ state: 'hidden' });
    await page.keyboard.press('j');
    await until('another conversation', async () => (await page.locator('#conversation-title').textContent()) !== opened || (await page.locator('.row').count()) === 1);
  });

  it('shows the list and the conversation as separate screens on a phone', async () => {
    const page = await pageAs('agent', { width: 390, height: 844 });
    await openInbox(page);
    s.sim.publish('x', mention('where is my wheelchair assistance?', { id: '555000555', handle: 'mo_travels', name: 'Mo' }));
    const row = page.locator('.row', { hasText: 'wheelchair assistance' });
    await row.click();
    await page.getByRole('link', { name: '← Inbox' }).waitFor();
    assert.equal(await page.locator('.list-pane').isVisible(), false, 'the list gives way to the conversation');
    assert.ok(await page.getByLabel('Reply', { exact: true }).isVisible());
    assert.deepEqual(await axeViolations(page), []);
    await page.getByRole('link', { name: '← Inbox' }).click();
    await row.waitFor();
    const width = await page.evaluate<number>('document.documentElement.scrollWidth');
    assert.ok(width <= 390, `no sideways scrolling (${width}px wide)`);
  });

  it('gives admins their screens, accessibly', async () => {
    const page = await pageAs('admin');
    for (const [path, heading] of [['channels', 'Channels'], ['people', 'People and roles'], ['routing', 'Routing rules'], ['sla', 'SLA policies and business hours'], ['canned', 'Canned responses'], ['audit', 'Audit log']] as const) {
      await page.goto(`${s.url}/admin/${path}`);
      await page.getByRole('heading', { name: heading, level: 1 }).waitFor();
      if (path === 'channels') await page.getByRole('button', { name: 'Pause Acme on x' }).waitFor();
      assert.deepEqual(await axeViolations(page), [], path);
    }
    const agent = await pageAs('agent');
    await agent.goto(`${s.url}/inbox`);
    await agent.getByRole('heading', { name: 'All open' }).waitFor();
    assert.equal(await agent.getByRole('link', { name: 'Admin' }).count(), 0, 'agents have no admin screens');
  });

  it('renders hostile text as text: nothing runs, only http(s) links', async () => {
    const page = await pageAs('agent');
    const response = await page.goto(`${s.url}/inbox?view=all`);
    assert.match(String(response?.headers()['content-security-policy']), /script-src 'self'/);
    assert.doesNotMatch(String(response?.headers()['content-security-policy']), /unsafe-inline/);
    await page.locator('.live-open').waitFor();
    const hostile = 'refund now <img src=x onerror="window.__pwned=1"> <script>window.__pwned=2</script> javascript:window.__pwned=3 see https://example.com/proof';
    s.sim.publish('x', mention(hostile, { id: '666000666', handle: 'evil', name: '<img src=x onerror="window.__pwned=4">' }));
    const row = page.locator('.row', { hasText: 'refund now' });
    await row.waitFor();
    await row.click();
    const message = page.locator('.message.inbound', { hasText: 'refund now' });
    await message.waitFor();
    assert.ok((await message.textContent())?.includes('<img src=x onerror="window.__pwned=1">'), 'the markup is shown as text');
    assert.equal(await page.locator('.thread img, .rows img, .contact img').count(), 0);
    const hrefs = await message.locator('a').evaluateAll((links) => links.map((a) => ({ href: a.getAttribute('href'), rel: a.getAttribute('rel') })));
    assert.deepEqual(hrefs, [{ href: 'https://example.com/proof', rel: 'noopener noreferrer nofollow ugc' }]);
    // Even a script that got into the page would not run: the CSP refuses inline script.
    const injected = await page.evaluate(`(() => {
      const script = document.createElement('script');
      script.textContent = 'window.__pwned = 5';
      document.body.append(script);
      return window.__pwned;
    })()`);
    assert.equal(injected, undefined);
    assert.equal(await page.evaluate('window.__pwned'), undefined);
  });
});

if (skip) console.log(`# ${skip}`);
