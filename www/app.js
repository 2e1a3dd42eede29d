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

await init();
$('key').value = toBase64Url(Blindfold.sessionKey().secret);
$('status').textContent = 'Ready: the wasm module is loaded.';
for (const id of ['key', 'entity', 'value']) $(id).addEventListener('input', update);
$('new-key').addEventListener('click', () => {
  $('key').value = toBase64Url(Blindfold.sessionKey().secret);
  update();
});
update();
document.body.dataset.ready = 'true';
