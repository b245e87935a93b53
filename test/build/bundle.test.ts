// dist/Code.js as Apps Script runs it: loaded in a bare Node vm (no require, no Node globals) with the
// typed fakes as its only services, then driven through Gmail's entry points by name.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector';
import { join } from 'node:path';
import { runInContext, createContext } from 'node:vm';
import { beforeAll, describe, expect, it } from 'vitest';
import { bundle, checkSeam, manifestFunctions } from '../../build/bundle.ts';
import { entryPoints } from '../../addon/entrypoints.ts';
import { appsScriptGlobals, composeEvent, fakeWorld, sharedScript, type FakeWorld } from '../fakes/apps-script.ts';
import { recorded } from '../fakes/card-service.ts';
import { repoRoot } from '../helpers/corpus.ts';
import { tempDir } from '../helpers/temp-dir.ts';

const distCode = join(repoRoot, 'dist/Code.js');
const pupilList = new Uint8Array(readFileSync(join(repoRoot, 'test/fixtures/attachments/pupils.xlsx')));
type Trigger = (e: unknown) => unknown;

/**
 * What Apps Script's V8 may not give a script: a vm context has its own copy of the language's built-ins,
 * so the newer ones are removed before the bundle runs, and the host APIs (TextEncoder, URL, timers…) are
 * never there. A bundle that reaches for any of them fails these tests, not a teacher's compose window.
 */
const WITHOUT_NEWER_BUILTINS = `
  delete globalThis.BigInt; delete globalThis.BigInt64Array; delete globalThis.BigUint64Array;
  delete Array.prototype.at; delete String.prototype.at; delete Object.hasOwn; delete String.prototype.replaceAll;
  delete Array.prototype.findLast; delete Array.prototype.findLastIndex; delete globalThis.structuredClone;
`;
const MISSING_IN_APPS_SCRIPT = [
  'BigInt',
  'TextEncoder',
  'TextDecoder',
  'setTimeout',
  'URL',
  'structuredClone',
  'Array.prototype.at',
  'Object.hasOwn',
  'String.prototype.replaceAll',
];

function load(code: string, world: FakeWorld = fakeWorld()) {
  const errors: string[] = [];
  // The bundle's Date.now() is the test's clock, as the fakes' is, so waiting "ten minutes" means something.
  const context = createContext({ ...appsScriptGlobals(world, (m) => errors.push(m)), testClock: () => world.clock.now });
  runInContext('Date.now = function () { return testClock(); };', context);
  runInContext(WITHOUT_NEWER_BUILTINS, context);
  runInContext(code, context, { filename: 'Code.js' });
  return { context: context as Record<string, Trigger>, errors };
}

describe('dist/Code.js', () => {
  let code: string;
  beforeAll(() => {
    expect(existsSync(distCode), 'run `npm run build` first (npm test does)').toBe(true);
    code = readFileSync(distCode, 'utf8');
  });

  it('is the current build of addon/ and the school config (not stale)', async () => {
    // A boolean, not a diff: the bundle is one 250 KB line.
    expect(code === (await bundle(repoRoot)).code, 'dist/Code.js is stale: run `npm run build`').toBe(true);
  });

  it('runs where the runtime APIs Apps Script lacks are missing: no BigInt, TextEncoder/TextDecoder, setTimeout, URL, structuredClone, at(), Object.hasOwn, replaceAll', () => {
    const { context } = load(code);
    for (const name of MISSING_IN_APPS_SCRIPT) expect(runInContext(`typeof ${name}`, context), name).toBe('undefined');
  });

  it('loads without throwing, not even an exception it catches (V8 words one by parsing the whole bundle again: half a cold start)', async () => {
    const session = new Session();
    session.connect();
    const post = (method: string, params?: object) =>
      new Promise<void>((resolve, reject) => session.post(method, params, (error) => (error ? reject(error) : resolve())));
    const thrown: string[] = [];
    session.on('Debugger.paused', (message) => {
      thrown.push(
        String((message.params.data as { description?: string } | undefined)?.description ?? message.params.reason).split('\n')[0],
      );
      session.post('Debugger.resume');
    });
    await post('Debugger.enable');
    await post('Debugger.setPauseOnExceptions', { state: 'all' });
    try {
      load(code);
    } finally {
      await post('Debugger.disable');
      session.disconnect();
    }
    expect(thrown).toEqual([]);
  });

  it('has a top-level function for every manifest runFunction and entry point', () => {
    const { context } = load(code);
    const manifest = JSON.parse(readFileSync(join(repoRoot, 'dist/appsscript.json'), 'utf8'));
    for (const name of [...manifestFunctions(manifest), ...Object.keys(entryPoints)]) {
      expect(typeof context[name], name).toBe('function');
    }
    expect(code).not.toMatch(/\brequire\(|^\s*(import|export)\s/m);
  });

  it('compose → fix: a parents e-mail with a pupil list attached is flagged, and the fix moves exactly the parents to Bcc', () => {
    const to = ['Jane Smith <jane.smith84@gmail.com>', 'ahmed.khan@btinternet.com', 'dlee@hotmail.co.uk'];
    const world = fakeWorld({
      saved: [
        {
          id: 'r-77',
          to,
          cc: ['hoy7@silcoates.org.uk'],
          subject: 'Trip list',
          text: 'Please find the pupil list attached. DOB: 03/04/2015 for Amira.',
          attachments: [
            {
              name: 'Pupil list 7B.xlsx',
              type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
              size: pupilList.length,
              bytes: pupilList,
            },
          ],
        },
      ],
    });
    const { context, errors } = load(code, world);
    const event = composeEvent({ to, cc: ['hoy7@silcoates.org.uk'] });
    const card = recorded(context.onComposeOpen(event)) as {
      sections: {
        widgets: { type: string; buttons?: { onClickAction: { functionName: string; parameters: Record<string, string> } }[] }[];
      }[];
    };
    const buttons = card.sections
      .flatMap((s) => s.widgets)
      .filter((w) => w.type === 'ButtonSet')
      .flatMap((w) => w.buttons!);
    // The recipients from the event and the body from the saved draft were both checked.
    expect(JSON.stringify(card)).toMatch(/3 parents' personal e-mail addresses/);
    expect(JSON.stringify(card)).toMatch(/1 date of birth/);
    expect(JSON.stringify(card)).toMatch(/Pupil list 7B\.xlsx&quot; holds 2 UPNs and is not encrypted/);
    expect(world.Drafts.calls).toBe(3); // search, read, one attachment
    for (const b of buttons) expect(typeof context[b.onClickAction.functionName], b.onClickAction.functionName).toBe('function');
    const fixes = buttons.filter((b) => b.onClickAction.functionName === 'onApplyFix');
    expect(fixes).toHaveLength(1);
    const { functionName, parameters } = fixes[0].onClickAction;
    expect(typeof context[functionName]).toBe('function');
    const response = recorded(context[functionName]({ ...event, commonEventObject: { ...event.commonEventObject, parameters } }));
    // To becomes the sender (never an empty list); the colleague in Cc is not touched, so Cc is not sent.
    expect(response).toEqual({
      type: 'UpdateDraftActionResponse',
      to: { type: 'UpdateDraftToRecipientsAction', recipients: ['r.green@silcoates.org.uk'] },
      bcc: {
        type: 'UpdateDraftBccRecipientsAction',
        recipients: ['jane.smith84@gmail.com', 'ahmed.khan@btinternet.com', 'dlee@hotmail.co.uk'],
      },
    });
    expect(errors).toEqual([]);
  });

  it('reads attachment formats through the bundle: an owner-password-only PDF (AES-256 hash) and a 7z with an LZMA-packed header', () => {
    const fixture = (name: string) => new Uint8Array(readFileSync(join(repoRoot, 'test/fixtures/attachments', name)));
    const pdf = fixture('minutes_owner_only.pdf');
    const sevenZip = fixture('class_mixed.7z');
    const to = ['governors@silcoates.org.uk'];
    const world = fakeWorld({
      saved: [
        {
          id: 'r-9',
          to,
          subject: 'Minutes',
          text: 'Attached.',
          attachments: [
            { name: 'Safeguarding minutes.pdf', type: 'application/pdf', size: pdf.length, bytes: pdf },
            { name: 'Class list.7z', type: 'application/x-7z-compressed', size: sevenZip.length, bytes: sevenZip },
          ],
        },
      ],
    });
    const { context, errors } = load(code, world);
    const card = JSON.stringify(recorded(context.onComposeOpen(composeEvent({ to }))));
    expect(card).toMatch(
      /Safeguarding minutes\.pdf&quot; looks sensitive .* it opens without a password \(its password only limits printing or editing\)/,
    );
    expect(card).toMatch(/Class list\.7z&quot; looks sensitive .* some of its files are not encrypted \(1 of 2 blocks\)/);
    expect(errors).toEqual([]);
  });

  it('the homepage shows the bundled school config', () => {
    const card = JSON.stringify(recorded(load(code).context.onHomepage({})));
    expect(card).toContain('silcoates.org.uk');
    expect(card).toContain('must go in Bcc');
  });

  it('settings through the bundle: a Network Manager saves maxVisible 5, a teacher is refused, and the next check uses it', () => {
    const shared = sharedScript();
    const nm = load(code, fakeWorld({ userEmail: 'ithelpdesk@silcoates.org.uk', shared }));
    expect(JSON.stringify(recorded(nm.context.onShowSettings({})))).toContain(
      '"text":"Blanket e-mail: too many recipients, or a large list in To/Cc"',
    );
    const page = JSON.stringify(
      recorded(nm.context.onShowSettingsPage({ commonEventObject: { parameters: { page: 'rule:max-recipients' } } })),
    );
    expect(page).toContain('"fieldName":"rules.max-recipients.maxVisible"');
    const form = (maxVisible: string) => ({
      commonEventObject: {
        parameters: { version: '0', page: 'rule:max-recipients' },
        formInputs: {
          'rules.max-recipients.severity': { stringInputs: { value: ['warning'] } },
          'rules.max-recipients.maxVisible': { stringInputs: { value: [maxVisible] } },
          'rules.max-recipients.maxTotal': { stringInputs: { value: ['50'] } },
        },
      },
    });
    const teacher = load(code, fakeWorld({ userEmail: 'r.green@silcoates.org.uk', shared }));
    expect(JSON.stringify(recorded(teacher.context.onSaveSettings(form('1'))))).toContain('Only the school');
    expect(JSON.stringify(recorded(nm.context.onSaveSettings(form('5'))))).toContain('Saved as version 1');
    const six = Array.from({ length: 6 }, (_, i) => `c${i}@silcoates.org.uk`);
    expect(JSON.stringify(recorded(teacher.context.onComposeOpen(composeEvent({ to: six }))))).toContain('(the limit is 5)');
    expect(nm.errors.concat(teacher.errors)).toEqual([]);
  });

  it('statistics through the bundle: a teacher check is counted once, the DPO sees it, and the teacher is refused', () => {
    const shared = sharedScript();
    const to = ['jo.bloggs@gmail.com', 'amy.smith@hotmail.co.uk'];
    const teacher = load(
      code,
      fakeWorld({ userEmail: 'r.green@silcoates.org.uk', shared, saved: [{ id: 'r-1', to, subject: 'Trip', text: 'Dear parents' }] }),
    );
    const parents = composeEvent({ to });
    teacher.context.onComposeOpen(parents);
    teacher.context.onCheckAgain(parents);
    shared.clock.advance(601); // the teacher's counts wait ten minutes, then go in when the home card opens
    teacher.context.onHomepage({});
    expect(JSON.stringify(recorded(teacher.context.onShowStats({})))).toContain('are for the school');
    const dpo = load(code, fakeWorld({ userEmail: 'dpo@silcoates.org.uk', shared }));
    const card = JSON.stringify(recorded(dpo.context.onShowStats({})));
    expect(card).toContain('"topLabel":"Drafts checked","text":"fewer than 5 (before: 0)"'); // one draft: too small a count to show
    expect(card).toContain('data:image/png;base64,');
    expect(teacher.errors.concat(dpo.errors)).toEqual([]);
  });

  it('nothing throws out of a trigger: a failing service gives a short notice card and a log line', () => {
    const world = fakeWorld({ saved: [] });
    world.Session.getActiveUser = () => {
      throw new Error('no user');
    };
    const broken = load(code, world);
    expect(() => broken.context.onComposeOpen(composeEvent({ to: ['a@gmail.com'] }))).not.toThrow();
    // CardService itself failing mid-build: the trigger still returns rather than throwing.
    const world2 = fakeWorld({ saved: [] });
    world2.CardService.newCardSection = () => {
      throw new Error('card service down');
    };
    const { context, errors } = load(code, world2);
    expect(() => context.onComposeOpen(composeEvent({ to: ['a@gmail.com'] }))).not.toThrow();
    expect(errors.join('\n')).toMatch(/onComposeOpen failed: .*card service down/);
    for (const garbage of [undefined, null, 42, 'x', { gmail: { toRecipients: 'not a list' } }]) {
      expect(() => load(code).context.onComposeOpen(garbage)).not.toThrow();
      expect(() => load(code).context.onApplyFix(garbage)).not.toThrow();
    }
  });
});

describe('build checks', () => {
  it('fails when the manifest names a function with no entry point', () => {
    expect(() => checkSeam('var x = 1;', { addOns: { common: { homepageTrigger: { runFunction: 'onMissing' } } } })).toThrow(
      'appsscript.json names functions with no entry point: onMissing',
    );
  });

  it('fails when a card calls a function with no entry point', () => {
    expect(() => checkSeam('a.setFunctionName("onNowhere")', {})).toThrow('cards call functions with no entry point: onNowhere');
  });

  it('fails on code that is not an ES2019 script', () => {
    expect(() => checkSeam('const a = b ?? c;', {})).toThrow();
    expect(() => checkSeam('export const a = 1;', {})).toThrow();
  });

  it('a bad config fails the build with the same plain-English message as the CLI', async () => {
    const dir = tempDir('build');
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify({ rules: { 'require-bcc-for-parents': ['error', { minVisiblePersonal: 'two' }] } }));
    await expect(bundle(repoRoot, { configFile: bad })).rejects.toThrow(
      'rules["require-bcc-for-parents"][1].minVisiblePersonal: must be a number (found the text "two")',
    );
  });
});
