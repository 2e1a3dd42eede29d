import { init, Blindfold, BlindfoldError } from '/pkg/index.js';

const $ = (id) => document.getElementById(id);

function toBase64Url(bytes) {
  return btoa(String.fromCharCode(...bytes)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function update() {
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

// One instance for the message, so that the answer's tokens restore against
// the vault that issued them.
let messageRedactor;

function updateMessage() {
  $('error').textContent = '';
  try {
    messageRedactor?.free();
    messageRedactor = new Blindfold();
    const text = $('message').value;
    const { text: redacted, findings } = messageRedactor.redactText(text);
    $('redacted').textContent = redacted;
    $('findings').replaceChildren(
      ...findings.map((f) => {
        const item = document.createElement('li');
        item.textContent = `${f.type} (${f.operator}) ${f.start}–${f.end}`;
        return item;
      }),
    );
    updateAnswer();
  } catch (error) {
    $('redacted').textContent = '';
    $('error').textContent = error instanceof BlindfoldError ? `${error.code}: ${error.message}` : String(error);
  }
}

function updateAnswer() {
  const { text, unresolved } = messageRedactor.restore($('answer').value);
  $('restored').textContent = unresolved.length ? `${text}\n(unknown tokens: ${unresolved.join(', ')})` : text;
}

await init();
$('key').value = toBase64Url(Blindfold.sessionKey().secret);
$('status').textContent = 'Ready: the wasm module is loaded.';
for (const id of ['key', 'entity', 'value']) $(id).addEventListener('input', update);
$('message').addEventListener('input', updateMessage);
$('answer').addEventListener('input', updateAnswer);
updateMessage();
$('new-key').addEventListener('click', () => {
  $('key').value = toBase64Url(Blindfold.sessionKey().secret);
  update();
});
update();
document.body.dataset.ready = 'true';
