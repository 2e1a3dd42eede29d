// The demo page: a support form whose personal data is replaced in a Web
// Worker before it is sent to the mock AI backend, and whose answer is
// restored here. See worker.js for the worker half.
import { init, Blindfold, BlindfoldError } from '/pkg/index.js';

const $ = (id) => document.getElementById(id);

const OPERATORS = ['placeholder', 'pseudonym', 'surrogate', 'mask', 'label', 'redact'];
const CHOICES = {
  PERSON: ['placeholder', ...OPERATORS.slice(1)],
  EMAIL: OPERATORS,
  PHONE: OPERATORS,
  ADDRESS: OPERATORS,
  DATE_OF_BIRTH: ['generalize', 'dateShift', ...OPERATORS],
  CREDIT_CARD: OPERATORS,
  IBAN: OPERATORS,
  default: OPERATORS,
};
const DEFAULTS = { PERSON: 'placeholder', EMAIL: 'pseudonym', PHONE: 'surrogate', CREDIT_CARD: 'mask', IBAN: 'surrogate' };

function toBase64Url(bytes) {
  return btoa(String.fromCharCode(...bytes)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function explain(error) {
  return error?.code ? `${error.code}${error.path ? ` at ${error.path}` : ''}: ${error.message}` : String(error);
}

// --- the worker, as a small request/response channel ---------------------

const worker = new Worker('worker.js', { type: 'module' });
const pending = new Map();
let nextId = 0;
worker.onmessage = ({ data }) => {
  const entry = pending.get(data.id);
  if (!entry) return;
  if (data.kind === 'result') {
    pending.delete(data.id);
    entry.resolve(data.result);
  } else if (data.kind === 'error') {
    pending.delete(data.id);
    entry.reject(data.error);
  } else {
    entry.onMessage?.(data);
  }
};

function ask(type, args, onMessage) {
  const id = nextId++;
  return new Promise((resolve, reject) => {
    pending.set(id, { resolve, reject, onMessage });
    worker.postMessage({ id, type, ...args });
  });
}

// --- state ----------------------------------------------------------------

// The page's own Blindfold, with the same key as the worker's: it imports the
// worker's vault and restores answers.
let restorer;
let configured = false;
let previewOk = false;
let previewSequence = 0;

function options() {
  const operators = {};
  for (const select of $('settings').querySelectorAll('select')) operators[select.name] = select.value;
  return { key: { id: $('key-id').value.trim(), secret: $('key').value.trim() }, operators };
}

function record() {
  const form = Object.fromEntries(new FormData($('ask')).entries());
  let extra;
  try {
    extra = JSON.parse($('record').value);
    $('record-error').textContent = '';
  } catch (error) {
    $('record-error').textContent = `The record is not valid JSON: ${error.message}`;
    return undefined;
  }
  return { form, record: extra };
}

function setSendable() {
  const ok = configured && previewOk;
  $('send').disabled = !ok;
  $('send-stream').disabled = !ok;
}

async function configure() {
  configured = false;
  setSendable();
  $('settings-error').textContent = '';
  try {
    const next = new Blindfold(options());
    await ask('configure', { options: options() });
    restorer?.free();
    restorer = next;
    configured = true;
    await preview();
  } catch (error) {
    $('settings-error').textContent = explain(error);
    $('payload').textContent = '';
  }
  setSendable();
}

async function preview() {
  const sequence = ++previewSequence;
  previewOk = false;
  setSendable();
  const input = record();
  if (!input || !configured) return;
  try {
    const shown = { shownCharacters: SHOWN_CHARACTERS, shownMarks: SHOWN_MARKS };
    const { payload, report, marks, fields, vault } = await ask('preview', { record: input, ...shown });
    if (sequence !== previewSequence) return;
    restorer.importVault(vault);
    $('payload').textContent = payload;
    $('report').textContent = report;
    highlight(input.form.message, marks);
    for (const field of $('ask').querySelectorAll('input')) {
      field.dataset.found = fields[field.name] ?? '';
      field.title = fields[field.name] ? `sent as ${fields[field.name]}` : '';
    }
    previewOk = true;
    $('record-error').textContent = '';
  } catch (error) {
    if (sequence !== previewSequence) return;
    $('payload').textContent = '';
    $('record-error').textContent = explain(error);
  }
  setSendable();
}

// Long inputs are scanned in full in the worker; the page shows only their
// start, so that rendering never freezes it either.
const SHOWN_CHARACTERS = 8_000;
const SHOWN_MARKS = 200;

function shorten(text) {
  return text.length > SHOWN_CHARACTERS
    ? `${text.slice(0, SHOWN_CHARACTERS)}\n… (${(text.length - SHOWN_CHARACTERS).toLocaleString('en')} more characters)`
    : text;
}

function highlight(fullText, findings) {
  const text = fullText.slice(0, SHOWN_CHARACTERS);
  const parts = [];
  let at = 0;
  for (const finding of findings) {
    parts.push(document.createTextNode(text.slice(at, finding.start)));
    const mark = document.createElement('mark');
    mark.textContent = text.slice(finding.start, finding.end);
    mark.dataset.type = finding.type;
    mark.title = `${finding.type} → ${finding.operator}`;
    parts.push(mark);
    at = finding.end;
  }
  parts.push(document.createTextNode(shorten(fullText).slice(at)));
  $('highlight').replaceChildren(...parts);
}

async function send(stream) {
  const input = record();
  if (!input || !previewOk) return;
  $('answer-received').textContent = '';
  $('answer-restored').textContent = '';
  $('unresolved').textContent = '';
  const restoring = stream ? restorer.restoreStream() : undefined;
  const writer = restoring?.writable.getWriter();
  const shown = restoring
    ? (async () => {
        const reader = restoring.readable.getReader();
        for (;;) {
          const { value, done } = await reader.read();
          if (done) return;
          $('answer-restored').textContent += value;
        }
      })()
    : undefined;
  let writes = Promise.resolve();
  try {
    const result = await ask('send', { record: input, stream }, (message) => {
      if (message.kind === 'sent') restorer.importVault(message.vault);
      if (message.kind === 'chunk') {
        $('answer-received').textContent += message.chunk;
        writes = writes.then(() => writer.write(message.chunk));
      }
    });
    if (stream) {
      await writes;
      await writer.close();
      await shown;
      showUnresolved(restoring.unresolved);
    } else {
      $('answer-received').textContent = result.reply;
      const restored = restorer.restore(result.reply);
      $('answer-restored').textContent = restored.text;
      showUnresolved(restored.unresolved);
    }
  } catch (error) {
    await writer?.abort(error).catch(() => {});
    $('answer-restored').textContent = `Nothing was sent: ${explain(error)}`;
  }
  await refreshLog();
}

function showUnresolved(unresolved) {
  $('unresolved').textContent = unresolved.length ? `Tokens this page never issued: ${unresolved.join(', ')}` : '';
}

async function refreshLog() {
  const response = await fetch('/api/log');
  $('server-log').textContent = shorten(JSON.stringify(await response.json(), null, 2));
}

function updatePseudonym() {
  $('error').textContent = '';
  $('pseudonym').textContent = '';
  let bf;
  try {
    bf = new Blindfold({ key: { id: 'demo', secret: $('key').value.trim() } });
    $('pseudonym').textContent = bf.pseudonymize($('value').value, $('entity').value);
  } catch (error) {
    $('error').textContent = error instanceof BlindfoldError ? `${error.code}: ${error.message}` : String(error);
  } finally {
    bf?.free();
  }
}

function debounce(work, ms) {
  let timer;
  return () => {
    clearTimeout(timer);
    timer = setTimeout(work, ms);
  };
}

// --- wiring ---------------------------------------------------------------

for (const select of $('settings').querySelectorAll('select')) {
  for (const name of CHOICES[select.name]) select.add(new Option(name, name));
  select.value = DEFAULTS[select.name] ?? select.options[0].value;
}

await init();
$('key').value = toBase64Url(Blindfold.sessionKey().secret);
const schedulePreview = debounce(preview, 120);
$('ask').addEventListener('input', schedulePreview);
$('ask').addEventListener('submit', (event) => {
  event.preventDefault();
  send(false);
});
$('send-stream').addEventListener('click', () => send(true));
$('settings').addEventListener('change', configure);
$('key').addEventListener('input', debounce(configure, 150));
$('key-id').addEventListener('input', debounce(configure, 150));
$('key').addEventListener('input', updatePseudonym);
for (const id of ['entity', 'value']) $(id).addEventListener('input', updatePseudonym);
$('new-key').addEventListener('click', () => {
  $('key').value = toBase64Url(Blindfold.sessionKey().secret);
  updatePseudonym();
  configure();
});
$('refresh-log').addEventListener('click', refreshLog);
updatePseudonym();
await configure();
await refreshLog();
$('status').textContent = 'Ready: the wasm module is loaded here and in a Web Worker.';
document.body.dataset.ready = 'true';
