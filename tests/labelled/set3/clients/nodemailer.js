// Build one message with nodemailer's stream transport and print it; nothing is sent.
// Run with NODE_PATH pointing at a scratch node_modules (the repository keeps no npm files).
// Spec (JSON on stdin): from, to[], cc[], subject, text, html, attachments[{path,filename,cid}],
// textEncoding.
const nodemailer = require('nodemailer');
let input = '';
process.stdin.on('data', (c) => { input += c; });
process.stdin.on('end', () => {
  const spec = JSON.parse(input);
  const t = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
  const msg = {
    from: spec.from, to: spec.to, cc: spec.cc, subject: spec.subject,
    text: spec.text, html: spec.html, textEncoding: spec.textEncoding,
    attachments: spec.attachments || [], date: new Date(spec.date), messageId: spec.messageId,
    headers: spec.headers || {},
  };
  t.sendMail(msg, (err, info) => {
    if (err) { console.error(err); process.exit(1); }
    process.stdout.write(info.message);
  });
});
