// The preview page: a compose pane, and the add-on's cards drawn by preview/render from the JSON the real
// add-on returns (it runs on the server, on the test fakes). It re-checks as the user types, follows the
// card navigation Gmail would (push, update, pop), applies a fix's new To/Cc/Bcc to the compose pane, and
// shows the time each check took.
import { renderCard, type Json } from '../render/card.ts';
import { addressOnly, splitAddresses } from '../shared/addresses.ts';
import type { Compose, ComposeAttachment as Attachment } from '../shared/compose.ts';

type Node = { [key: string]: Json };

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const fields = ['from', 'to', 'cc', 'bcc', 'subject', 'message'] as const;
const attachments: Attachment[] = [];
let stack: Json[] = [];
let notification = '';

function compose(): Compose {
  const value = (id: string) => $<HTMLInputElement>(id).value;
  return {
    from: value('from'),
    to: value('to'),
    cc: value('cc'),
    bcc: value('bcc'),
    subject: value('subject'),
    body: value('message'),
    html: $<HTMLInputElement>('html-mode').checked,
    attachments,
  };
}

async function api<T>(path: string, body?: unknown): Promise<T> {
  const response = await fetch(
    `/api${path}`,
    body === undefined ? undefined : { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) },
  );
  return (await response.json()) as T;
}

function show(): void {
  const top = stack[stack.length - 1];
  $('card').innerHTML = top ? renderCard(top, notification) : '';
  $<HTMLButtonElement>('back').disabled = stack.length < 2;
}

const asNode = (v: Json | undefined): Node | undefined => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Node) : undefined);

/** Keeps the display name a recipient was typed with when a fix moves its address to another field. */
function withNames(addresses: Json | undefined): string {
  const typed = new Map<string, string>();
  for (const id of ['to', 'cc', 'bcc']) {
    for (const text of splitAddresses($<HTMLInputElement>(id).value)) typed.set(addressOnly(text), text);
  }
  return (Array.isArray(addresses) ? addresses : []).map((a) => typed.get(String(a).toLowerCase()) || String(a)).join(', ');
}

/** What an entry point returned, applied as Gmail would: a card, a navigation, or an update of the draft. */
function apply(response: Json): boolean {
  const r = asNode(response);
  if (!r) return false;
  notification = '';
  $('drafted').hidden = true;
  if (r.type === 'ComposeActionResponse') {
    // Gmail opens the draft in a compose window; the preview shows what it holds.
    const d = asNode(r.draft);
    $('drafted-text').textContent = d ? `To: ${String(d.to)}\nSubject: ${String(d.subject)}\n\n${String(d.body)}` : '';
    $('drafted').hidden = false;
    return false;
  }
  if (r.type === 'Card') {
    stack = [r];
    return false;
  }
  if (r.type === 'UpdateDraftActionResponse') {
    // Gmail replaces each list given; the fix gives only the lists it changes.
    const lists = { to: asNode(r.to), cc: asNode(r.cc), bcc: asNode(r.bcc) };
    const next: Record<string, string> = {};
    for (const key of ['to', 'cc', 'bcc'] as const) if (lists[key]) next[key] = withNames(lists[key]!.recipients);
    for (const key of Object.keys(next)) $<HTMLInputElement>(key).value = next[key];
    return true; // the draft changed: check it again
  }
  if (r.type === 'ActionResponse') {
    // Gmail applies the navigation steps in the order they were added.
    const steps = asNode(r.navigation)?.steps;
    for (const step of Array.isArray(steps) ? steps : []) {
      const nav = asNode(step);
      if (!nav) continue;
      if (nav.popToRoot) stack = stack.slice(0, 1);
      if (nav.popCard) stack = stack.slice(0, Math.max(1, stack.length - 1));
      if (nav.updateCard) stack[Math.max(0, stack.length - 1)] = nav.updateCard;
      if (nav.pushCard) stack.push(nav.pushCard);
    }
    const note = asNode(r.notification);
    if (note) notification = String(note.text || '');
  }
  return false;
}

async function call(functionName: string, parameters?: Record<string, string>, formInputs?: Record<string, string[]>): Promise<void> {
  const start = performance.now();
  const result = await api<{ response: Json; ms: number; errors: string[] }>('/run', {
    compose: compose(),
    functionName,
    parameters,
    formInputs,
  });
  const changed = apply(result.response);
  show();
  $('timing').textContent = `${functionName}: ${Math.round(performance.now() - start)} ms (add-on ${result.ms} ms)`;
  for (const e of result.errors) console.warn(`draftlint: ${e}`);
  if (changed) await check();
}

const check = () => call('onComposeOpen');

let timer: ReturnType<typeof setTimeout> | undefined;
function checkSoon(): void {
  if (timer) clearTimeout(timer);
  timer = setTimeout(() => void check(), 250);
}

/** The values of the card's inputs, as Gmail's formInputs: one value per box, one per ticked choice. */
function formInputsOf(card: HTMLElement): Record<string, string[]> {
  const inputs: Record<string, string[]> = {};
  card.querySelectorAll<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>('[data-field]').forEach((el) => {
    const name = el.dataset.field!;
    if (el instanceof HTMLInputElement && el.type === 'checkbox') {
      if (el.checked) (inputs[name] ||= []).push(el.value);
    } else if (el.value !== '') inputs[name] = [el.value];
  });
  return inputs;
}

function renderAttachments(): void {
  $('attachment-list').innerHTML = '';
  attachments.forEach((a, i) => {
    const li = document.createElement('li');
    li.textContent = `${a.name} (${Math.round((a.data.length * 3) / 4 / 1024)} KB) `;
    const remove = document.createElement('button');
    remove.type = 'button';
    remove.textContent = 'Remove';
    remove.addEventListener('click', () => {
      attachments.splice(i, 1);
      renderAttachments();
      checkSoon();
    });
    li.appendChild(remove);
    $('attachment-list').appendChild(li);
  });
}

async function addFiles(files: FileList | null): Promise<void> {
  for (const file of Array.from(files || [])) {
    const bytes = new Uint8Array(await file.arrayBuffer());
    let binary = '';
    for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
    attachments.push({ name: file.name, type: file.type, data: btoa(binary) });
  }
  renderAttachments();
  checkSoon();
}

async function signIn(): Promise<void> {
  const roles = await api<Record<string, string>>('/roles');
  $<HTMLInputElement>('from').value = roles[$<HTMLSelectElement>('role').value];
  await call($<HTMLSelectElement>('role').value === 'teacher' ? 'onComposeOpen' : 'onHomepage');
}

async function loadPreset(name: string): Promise<void> {
  const from = $<HTMLInputElement>('from').value;
  const c = name
    ? await api<Compose>(`/preset?name=${encodeURIComponent(name)}`)
    : { from, to: '', cc: '', bcc: '', subject: '', body: '', html: false, attachments: [] };
  for (const [id, value] of [
    ['to', c.to],
    ['cc', c.cc],
    ['bcc', c.bcc],
    ['subject', c.subject],
    ['message', c.body],
  ] as const)
    $<HTMLInputElement>(id).value = value;
  $<HTMLInputElement>('html-mode').checked = c.html;
  attachments.splice(0, attachments.length, ...c.attachments);
  renderAttachments();
  await check();
}

async function start(): Promise<void> {
  for (const name of await api<string[]>('/presets')) {
    const option = document.createElement('option');
    option.value = name;
    option.textContent = name.replace(/\.eml$/, '');
    $('preset').appendChild(option);
  }
  for (const id of fields) $(id).addEventListener('input', checkSoon);
  $('html-mode').addEventListener('change', checkSoon);
  $('files').addEventListener('change', () => void addFiles($<HTMLInputElement>('files').files));
  const drop = $('drop');
  drop.addEventListener('dragover', (e) => {
    e.preventDefault();
    drop.classList.add('over');
  });
  drop.addEventListener('dragleave', () => drop.classList.remove('over'));
  drop.addEventListener('drop', (e) => {
    e.preventDefault();
    drop.classList.remove('over');
    void addFiles(e.dataTransfer ? e.dataTransfer.files : null);
  });
  $('preset').addEventListener('change', () => void loadPreset($<HTMLSelectElement>('preset').value));
  $('role').addEventListener('change', () => void signIn());
  $('check').addEventListener('click', () => void check());
  $('home').addEventListener('click', () => void call('onHomepage'));
  $('back').addEventListener('click', () => {
    stack = stack.slice(0, Math.max(1, stack.length - 1));
    notification = '';
    show();
  });
  $('use-demo').addEventListener('click', async () => {
    const result = await api<{ ok: boolean; source?: string }>('/demo', {});
    $('config-status').textContent = result.ok ? `In force: the bundled settings, with ${result.source}` : 'The demo could not be loaded';
    await check();
  });
  $('use-config').addEventListener('click', async () => {
    const result = await api<{ ok: boolean; source?: string; problems?: string[] }>('/config', {
      path: $<HTMLInputElement>('config').value,
    });
    $('config-status').textContent = result.ok ? `In force: ${result.source}` : `Not used: ${(result.problems || []).join('; ')}`;
    await check();
  });
  $('card').addEventListener('click', (e) => {
    // A button, or a DecoratedText with an action (a settings row), calls the entry point it names.
    if ((e.target as HTMLElement).closest('input, select, textarea, label')) return;
    const button = (e.target as HTMLElement).closest<HTMLElement>('[data-function]');
    if (!button) return;
    void call(button.dataset.function!, JSON.parse(button.dataset.parameters || '{}'), formInputsOf($('card')));
  });
  await signIn();
}

void start();
