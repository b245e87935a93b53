// The fakes are promises about Google: each limit they enforce is Google's documented one, and none is
// kinder. These tests pin what the strict fakes do, so a later edit cannot quietly make one lenient again.
import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { fakeWorld, sharedScript } from '../fakes/apps-script.ts';
import { CACHE_LIMITS, FakeCache, FakeClock } from '../fakes/cache.ts';
import { cardAfter, FakeCardService, recorded } from '../fakes/card-service.ts';
import { FakeCharts } from '../fakes/charts.ts';

describe('cache fake (Google: 250-character keys, 100 KB values, 6 h, 1,000 items)', () => {
  it('refuses a key over 250 characters and a value over 100 KB, and caps expiry at 6 hours', () => {
    const clock = new FakeClock();
    const cache = new FakeCache(clock);
    expect(() => cache.put('k'.repeat(251), 'v')).toThrow('Argument too large: key');
    expect(() => cache.put('k', 'v'.repeat(CACHE_LIMITS.valueBytes + 1))).toThrow('Argument too large: value');
    cache.put('k', 'v', 999_999);
    clock.advance(21_600);
    expect(cache.get('k')).toBeNull();
  });

  it('at 1,000 items evicts the oldest tenth, and a forgetful cache loses everything', () => {
    const cache = new FakeCache(new FakeClock());
    for (let i = 0; i <= 1000; i++) cache.put(`k${i}`, 'v');
    expect(cache.size).toBe(901);
    expect(cache.get('k0')).toBeNull();
    expect(cache.get('k1000')).toBe('v');
    cache.forgetful = true;
    expect(cache.get('k1000')).toBeNull();
  });
});

describe('lock fake (one script lock for all users, one user lock per user)', () => {
  it('lets a test run another execution at the moment this one asks for the lock', () => {
    const shared = sharedScript();
    const first = fakeWorld({ shared });
    const second = fakeWorld({ shared }); // the same user in another execution
    const order: string[] = [];
    shared.lock.beforeNextLock(() => {
      const lock = second.LockService.getScriptLock();
      order.push(`second ${lock.tryLock(300)}`);
      lock.releaseLock();
    });
    const lock = first.LockService.getScriptLock();
    order.push(`first ${lock.tryLock(300)}`);
    expect(order).toEqual(['second true', 'first true']);
  });

  it("shares one user's lock, properties and cache across their executions, and keeps users apart", () => {
    const shared = sharedScript();
    const a1 = fakeWorld({ shared, userEmail: 'a@silcoates.org.uk' });
    const a2 = fakeWorld({ shared, userEmail: 'a@silcoates.org.uk' });
    const b = fakeWorld({ shared, userEmail: 'b@silcoates.org.uk' });
    expect(a1.LockService.getUserLock().tryLock(0)).toBe(true);
    expect(a2.LockService.getUserLock().tryLock(0)).toBe(false);
    expect(b.LockService.getUserLock().tryLock(0)).toBe(true);
    a1.PropertiesService.user.setProperty('x', '1');
    expect(a2.PropertiesService.user.dump()).toEqual({ x: '1' });
    expect(b.PropertiesService.user.dump()).toEqual({});
  });
});

describe('CardService fake', () => {
  it('keeps navigation steps in order, as Gmail applies them', () => {
    const cs = new FakeCardService().asReal();
    const card = (title: string) =>
      cs
        .newCardBuilder()
        .setHeader(cs.newCardHeader().setTitle(title))
        .addSection(cs.newCardSection().addWidget(cs.newTextParagraph().setText(title)))
        .build();
    const popThenUpdate = recorded(
      cs
        .newActionResponseBuilder()
        .setNavigation(cs.newNavigation().popCard().updateCard(card('B')))
        .build(),
    );
    const updateThenPop = recorded(
      cs
        .newActionResponseBuilder()
        .setNavigation(cs.newNavigation().updateCard(card('B')).popCard())
        .build(),
    );
    const titles = (stack: unknown[]) => stack.map((c) => (c ? (c as { header: { title: string } }).header.title : 'root'));
    expect(titles(cardAfter(popThenUpdate, [null, 'A' as never]))).toEqual(['B']);
    expect(titles(cardAfter(updateThenPop, [null, 'A' as never]))).toEqual(['root']);
    const twoPushes = recorded(
      cs
        .newActionResponseBuilder()
        .setNavigation(cs.newNavigation().pushCard(card('1')).pushCard(card('2')))
        .build(),
    );
    expect(titles(cardAfter(twoPushes))).toEqual(['root', '1', '2']);
  });

  it('build() returns the response, not the builder, and an empty To list is refused', () => {
    const cs = new FakeCardService().asReal();
    const builder = cs.newActionResponseBuilder().setNotification(cs.newNotification().setText('hi'));
    const built = builder.build();
    expect(built).not.toBe(builder);
    expect(JSON.parse(built.printJson())).toEqual({ renderActions: { action: { notification: { text: 'hi' } } } });
    expect(() => cs.newUpdateDraftToRecipientsAction().addUpdateToRecipients([])).toThrow(/empty To list is undocumented/);
  });
});

describe('Charts fake', () => {
  it('draws a real PNG of the size asked for', () => {
    const charts = new FakeCharts().asReal();
    const table = charts.newDataTable().addColumn(charts.ColumnType.STRING, 'Week').addColumn(charts.ColumnType.NUMBER, 'Shown');
    for (let w = 0; w < 12; w++) table.addRow([`W${w}`, w * 3]);
    const bytes = Uint8Array.from(
      charts.newColumnChart().setDataTable(table).setDimensions(400, 200).build().getAs('image/png').getBytes(),
      (b) => b & 0xff,
    );
    expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const view = new DataView(bytes.buffer);
    expect([view.getUint32(16), view.getUint32(20)]).toEqual([400, 200]);
    const idatLength = view.getUint32(33);
    const pixels = inflateSync(bytes.subarray(41, 41 + idatLength));
    expect(pixels.length).toBe(200 * (400 * 3 + 1));
    expect(bytes.length).toBeGreaterThan(500);
  });
});
