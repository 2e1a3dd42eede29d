// The demo's Web Worker: scanning and sending run here, so a long input never
// freezes the page. This is the recipe README describes: the worker holds a
// Blindfold with the page's key, and after every redaction it hands the page
// its vault (exportVault(): encrypted under that key), which the page imports
// into its own Blindfold to restore answers, streamed ones included.
import { init, Blindfold, BlindfoldError, sanitizedFetch } from '/pkg/index.js';

let bf;

function describe(error) {
  return error instanceof BlindfoldError
    ? { code: error.code, message: error.message, path: error.path }
    : { code: 'INTERNAL', message: String(error?.message ?? error) };
}

const handlers = {
  async configure({ options }) {
    const next = new Blindfold(options);
    bf?.free();
    bf = next;
  },

  // The preview: a fresh vault each time, so placeholder numbers follow the
  // text as it is now, not every draft typed before. Formatting is done here
  // too, and only what the page shows is sent back, so a long input costs
  // the page nothing.
  async preview({ record, shownCharacters, shownMarks }) {
    bf.clearVault();
    const { value, report } = bf.redactRecord(record);
    const shorten = (text) =>
      text.length > shownCharacters
        ? `${text.slice(0, shownCharacters)}\n… (${(text.length - shownCharacters).toLocaleString('en')} more characters)`
        : text;
    const fields = {};
    const marks = [];
    for (const finding of report.findings) {
      if (finding.path === 'form.message') {
        if (marks.length < shownMarks && finding.end <= shownCharacters) marks.push(finding);
      } else if (finding.path.startsWith('form.')) {
        fields[finding.path.slice(5)] = `${finding.type} → ${finding.operator}`;
      }
    }
    return {
      payload: shorten(JSON.stringify(value, null, 2)),
      report: shorten(JSON.stringify(report, null, 2)),
      marks,
      fields,
      vault: bf.exportVault(),
    };
  },

  // Sends through sanitizedFetch, which sanitizes again right before fetch
  // and sends nothing if that fails; streamed answers are passed on raw, chunk
  // by chunk, for the page to restore as they arrive.
  async send({ record, stream }, reply) {
    let report;
    const response = await sanitizedFetch(
      stream ? '/api/chat/stream' : '/api/chat',
      { json: record, onReport: (r) => (report = r) },
      bf,
    );
    if (!response.ok) throw new Error(`the server answered ${response.status}`);
    reply({ kind: 'sent', report, vault: bf.exportVault() });
    if (!stream) return { reply: (await response.json()).reply };
    const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
    for (;;) {
      const { value, done } = await reader.read();
      if (done) return { done: true };
      reply({ kind: 'chunk', chunk: value });
    }
  },
};

const ready = init();

self.onmessage = async ({ data: { id, type, ...args } }) => {
  const reply = (message) => self.postMessage({ id, ...message });
  try {
    await ready;
    const result = await handlers[type](args, reply);
    reply({ kind: 'result', result });
  } catch (error) {
    reply({ kind: 'error', error: describe(error) });
  }
};
